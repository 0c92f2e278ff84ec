using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace RosterTools.Tests.Contract;

/// <summary>The module folder out/RosterTools that the build lays out (build/ModuleLayout.targets).</summary>
public sealed class LayoutTests
{
    /// <summary>The same list as ExpectedModuleFile in build/ModuleLayout.targets and $expected in build.ps1.</summary>
    public static readonly string[] ExpectedFiles =
    {
        "RosterTools.psd1",
        "RosterTools.Format.ps1xml",
        "RosterTools.dll",
        "en-US/RosterTools.dll-Help.xml",
        "en-US/about_RosterTools.help.txt",
        "Dependencies/net8.0/RosterTools.Engine.dll",
        "Dependencies/net8.0/CsvHelper.dll",
        "Dependencies/netstandard2.0/RosterTools.Engine.dll",
        "Dependencies/netstandard2.0/CsvHelper.dll",
        "Dependencies/net8.0/RosterTools.Entra.dll",
        "Dependencies/net8.0/Azure.Identity.dll",
        "Dependencies/netstandard2.0/RosterTools.Entra.dll",
        "Dependencies/netstandard2.0/Azure.Identity.dll",
    };

    [Fact]
    public void The_module_folder_has_every_expected_file()
    {
        var missing = ExpectedFiles.Where(file => !File.Exists(Path.Combine(Repository.ModuleFolder, file))).ToList();
        Assert.True(missing.Count == 0, $"{Repository.ModuleFolder} lacks {string.Join(", ", missing)}: build src/RosterTools.");
    }

    [Theory]
    [InlineData("build/ModuleLayout.targets")]
    [InlineData("build.ps1")]
    public void The_build_checks_the_same_list(string checker)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, checker));
        var missing = ExpectedFiles.Where(file => !text.Contains(file, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{checker} does not check {string.Join(", ", missing)}.");
    }

    [Fact]
    public void System_Management_Automation_is_never_shipped()
    {
        var shipped = Directory.GetFiles(Repository.ModuleFolder, "System.Management.Automation.dll", SearchOption.AllDirectories);
        Assert.True(shipped.Length == 0, "PowerShell supplies System.Management.Automation; the module must not ship it: " + string.Join(", ", shipped));
    }

    [Fact]
    public void Only_the_cmdlet_assembly_sits_at_the_module_root()
    {
        // PowerShell loads RosterTools.dll with LoadFrom, which finds its references beside it: an engine there would
        // bypass the module initializer's isolation.
        var assemblies = Directory.GetFiles(Repository.ModuleFolder, "*.dll").Select(Path.GetFileName).ToList();
        Assert.Equal(new[] { "RosterTools.dll" }, assemblies);
    }

    [Fact]
    public void The_cmdlet_assembly_is_not_in_Dependencies()
    {
        Assert.Empty(Directory.GetFiles(Path.Combine(Repository.ModuleFolder, "Dependencies"), "RosterTools.dll", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("net8.0", ".NETCoreApp,Version=v8.0")]
    [InlineData("netstandard2.0", ".NETStandard,Version=v2.0")]
    public void Each_Dependencies_folder_has_the_engine_built_for_its_framework(string folder, string targetFramework)
    {
        var built = ModuleMetadata.ReadAlone(
            Path.Combine(Repository.Dependencies(folder), "RosterTools.Engine.dll"),
            engine => engine.GetCustomAttributesData().Single(a => a.AttributeType.FullName == "System.Runtime.Versioning.TargetFrameworkAttribute").ConstructorArguments[0].Value as string);
        Assert.Equal(targetFramework, built);
    }

    [Theory]
    [InlineData("net8.0")]
    [InlineData("netstandard2.0")]
    public void Each_Dependencies_folder_holds_its_whole_dependency_closure(string folder)
    {
        var directory = Repository.Dependencies(folder);
        var shipped = Directory.GetFiles(directory, "*.dll").ToDictionary(file => Path.GetFileNameWithoutExtension(file), file => AssemblyNameOf(file), StringComparer.OrdinalIgnoreCase);

        // What the host supplies: netstandard.dll and mscorlib on .NET Framework 4.7.2+; the shared framework on .NET 8+.
        var host = folder == "netstandard2.0"
            ? new HashSet<string>(new[] { "netstandard", "mscorlib" }, StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);

        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(directory, "*.dll"))
        {
            foreach (var reference in ReferencesOf(file))
            {
                if (shipped.TryGetValue(reference.Name!, out var present) ? present.Version < reference.Version : !host.Contains(reference.Name!))
                {
                    missing.Add($"{Path.GetFileName(file)} needs {reference}");
                }
            }
        }

        Assert.True(missing.Count == 0, $"{directory} is not self-contained: " + string.Join("; ", missing));
    }

    [Fact]
    public void The_cmdlet_assembly_uses_only_PowerShell_and_the_engine()
    {
        // Third-party libraries are the engine's business (and the Entra target's): the cmdlets reach them only through it.
        var references = ReferencesOf(Repository.CmdletAssembly).Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "RosterTools.Engine", "RosterTools.Entra", "System.Management.Automation", "netstandard" }, references);
    }

    [Fact]
    public void Help_files_are_not_empty()
    {
        Assert.True(new FileInfo(Path.Combine(Repository.ModuleFolder, "en-US", "RosterTools.dll-Help.xml")).Length > 1000);
        Assert.Contains("about_RosterTools", File.ReadAllText(Path.Combine(Repository.ModuleFolder, "en-US", "about_RosterTools.help.txt")));
    }

    private static System.Reflection.AssemblyName AssemblyNameOf(string file) => System.Reflection.AssemblyName.GetAssemblyName(file);

    private static List<System.Reflection.AssemblyName> ReferencesOf(string file)
    {
        using var pe = new PEReader(File.OpenRead(file));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(handle => reader.GetAssemblyReference(handle).GetAssemblyName()).ToList();
    }
}
