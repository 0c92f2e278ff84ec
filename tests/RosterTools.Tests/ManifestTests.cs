namespace RosterTools.Tests.Contract;

/// <summary>The built manifest out/RosterTools/RosterTools.psd1 against the assembly it describes.</summary>
public sealed class ManifestTests
{
    private static string ManifestPath => Path.Combine(Repository.ModuleFolder, "RosterTools.psd1");

    private static Psd1 Manifest => Psd1.Load(ManifestPath);

    [Fact]
    public void CmdletsToExport_is_exactly_the_cmdlets_in_the_assembly()
    {
        var exported = Manifest.List("CmdletsToExport").OrderBy(n => n, StringComparer.Ordinal).ToList();
        var inAssembly = ModuleMetadata.Cmdlets.Select(c => c.Name).ToList();
        Assert.True(
            exported.SequenceEqual(inAssembly, StringComparer.Ordinal),
            $"module/RosterTools.psd1 CmdletsToExport ({string.Join(", ", exported)}) must list exactly the cmdlets of RosterTools.dll ({string.Join(", ", inAssembly)}); no wildcards.");
    }

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("AliasesToExport")]
    [InlineData("VariablesToExport")]
    public void Other_exports_are_explicitly_empty(string key)
    {
        Assert.Empty(Manifest.List(key));
    }

    [Fact]
    public void ModuleVersion_equals_the_assembly_version()
    {
        var moduleVersion = Version.Parse(Manifest.Single("ModuleVersion"));
        var assemblyVersion = ModuleMetadata.CmdletAssembly.GetName().Version!;
        Assert.NotEqual(new Version(0, 0, 0), moduleVersion);
        Assert.Equal(
            new Version(assemblyVersion.Major, assemblyVersion.Minor, assemblyVersion.Build),
            new Version(moduleVersion.Major, moduleVersion.Minor, Math.Max(0, moduleVersion.Build)));
    }

    [Fact]
    public void The_manifest_loads_the_assembly_and_the_views()
    {
        Assert.Equal("RosterTools.dll", Manifest.Single("RootModule"));
        Assert.Equal(new[] { "RosterTools.Format.ps1xml" }, Manifest.List("FormatsToProcess"));
        foreach (var file in Manifest.List("FormatsToProcess").Append(Manifest.Single("RootModule")))
        {
            Assert.True(File.Exists(Path.Combine(Repository.ModuleFolder, file)), $"The manifest names {file}, which is not in the module folder.");
        }
    }

    [Fact]
    public void The_manifest_runs_on_Windows_PowerShell_5_1_and_PowerShell_7()
    {
        Assert.Equal(new[] { "Desktop", "Core" }, Manifest.List("CompatiblePSEditions"));
        Assert.Equal("5.1", Manifest.Single("PowerShellVersion"));
        Assert.True(Guid.TryParse(Manifest.Single("GUID"), out var guid) && guid != Guid.Empty);
        Assert.False(string.IsNullOrWhiteSpace(Manifest.Single("Description")));
    }

    [Fact]
    public void Module_text_files_are_ASCII_so_Windows_PowerShell_reads_them_right()
    {
        // Windows PowerShell reads a .psd1 or .help.txt without a byte order mark in the ANSI code page.
        foreach (var file in new[] { ManifestPath, Path.Combine(Repository.ModuleFolder, "en-US", "about_RosterTools.help.txt") })
        {
            var bytes = File.ReadAllBytes(file);
            var offset = Array.FindIndex(bytes, b => b > 0x7F);
            Assert.True(offset < 0, $"{file} has a non-ASCII byte at offset {offset}.");
        }
    }
}
