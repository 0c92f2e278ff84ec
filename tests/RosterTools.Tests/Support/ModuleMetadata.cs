using System.Reflection;
using System.Runtime.InteropServices;

namespace RosterTools.Tests.Contract;

/// <summary>
/// The built cmdlet assembly out/RosterTools/RosterTools.dll, read as metadata: never loaded for execution, so no
/// PowerShell is needed. References resolve to this runtime's assemblies, PowerShellStandard's
/// System.Management.Automation, and the engine and its dependencies in Dependencies/netstandard2.0.
/// </summary>
internal static class ModuleMetadata
{
    private static readonly Lazy<MetadataLoadContext> Context = new(Create);
    private static readonly Lazy<Assembly> Cmdlets_ = new(() => Context.Value.LoadFromAssemblyPath(Repository.CmdletAssembly));
    private static readonly Lazy<IReadOnlyList<CmdletInfo>> CmdletList = new(() => CmdletAssembly.GetTypes().Select(CmdletInfo.From).OfType<CmdletInfo>().OrderBy(c => c.Name, StringComparer.Ordinal).ToList());

    public static Assembly CmdletAssembly => Cmdlets_.Value;

    public static IReadOnlyList<CmdletInfo> Cmdlets => CmdletList.Value;

    /// <summary>The simple names of the engine and its dependencies: the assemblies that only the module initializer can load.</summary>
    public static IReadOnlySet<string> DependencyAssemblyNames { get; } = new HashSet<string>(
        new[] { "netstandard2.0", "net8.0" }.SelectMany(framework => Directory.Exists(Repository.Dependencies(framework)) ? Directory.GetFiles(Repository.Dependencies(framework), "*.dll") : Array.Empty<string>())
            .Select(Path.GetFileNameWithoutExtension)!,
        StringComparer.OrdinalIgnoreCase);

    /// <summary>An assembly the cmdlet assembly references, from the same context.</summary>
    public static Assembly Resolve(AssemblyName name) => Context.Value.LoadFromAssemblyName(name);

    /// <summary>Reads one assembly file alone (with this runtime's assemblies) in a context of its own, so that two builds of one assembly can be compared.</summary>
    public static T ReadAlone<T>(string path, Func<Assembly, T> read)
    {
        var paths = Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Where(p => !string.Equals(Path.GetFileName(p), Path.GetFileName(path), StringComparison.OrdinalIgnoreCase)).Append(path);
        using var context = new MetadataLoadContext(new PathAssemblyResolver(paths));
        return read(context.LoadFromAssemblyPath(path));
    }

    /// <summary>Whether the type is defined in the engine or one of its dependencies.</summary>
    public static bool IsDependencyType(Type type) => DependencyAssemblyNames.Contains(type.Assembly.GetName().Name!);

    /// <summary>The type itself, its element type and its generic arguments, all the way down.</summary>
    public static IEnumerable<Type> Constituents(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Constituents(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Constituents))
            {
                yield return inner;
            }
        }
    }

    private static MetadataLoadContext Create()
    {
        Assert.True(File.Exists(Repository.CmdletAssembly), $"{Repository.CmdletAssembly} is missing: build src/RosterTools (dotnet build) first.");
        var paths = new List<string>();
        paths.AddRange(Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"));
        paths.Add(Repository.PowerShellReferenceAssembly);
        paths.AddRange(Directory.GetFiles(Repository.Dependencies("netstandard2.0"), "*.dll"));
        return new MetadataLoadContext(new PathAssemblyResolver(paths));
    }
}
