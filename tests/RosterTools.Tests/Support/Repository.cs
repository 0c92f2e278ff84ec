using System.Reflection;

namespace RosterTools.Tests.Contract;

/// <summary>Where the repository, the built module folder and the shared conformance material are.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>out/RosterTools: the module folder that building src/RosterTools lays out.</summary>
    public static string ModuleFolder => Path.Combine(Root, "out", "RosterTools");

    public static string CmdletAssembly => Path.Combine(ModuleFolder, "RosterTools.dll");

    public static string Dependencies(string framework) => Path.Combine(ModuleFolder, "Dependencies", framework);

    public static string Conformance(params string[] parts) => Path.Combine(Root, "..", "shared", "conformance", Path.Combine(parts));

    /// <summary>The System.Management.Automation reference assembly of PowerShellStandard.Library.</summary>
    public static string PowerShellReferenceAssembly
    {
        get
        {
            var package = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "PowerShellStandardLibrary").Value;
            return Directory.GetFiles(package!, "System.Management.Automation.dll", SearchOption.AllDirectories).Single();
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RosterTools.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find RosterTools.sln above " + AppContext.BaseDirectory);
    }
}
