using System.Reflection;

namespace RosterTools.Tests.Contract;

/// <summary>
/// The loading rule (src/RosterTools/Loading/ModuleInitializer.cs): PowerShell loads the public types of
/// RosterTools.dll before the module initializer can serve the engine, and loading a class loads the types of its
/// value-type fields, its base classes and its interfaces. None of those may be engine types (or types of the
/// engine's dependencies); engine reference types as parameters (Roster) are fine.
/// </summary>
public sealed class LoadingRuleTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> PublicTypes => ModuleMetadata.CmdletAssembly.GetExportedTypes();

    [Fact]
    public void Public_types_hold_no_fields_of_engine_value_types()
    {
        var violations = PublicTypes.SelectMany(FieldViolations).Distinct().ToList();
        Assert.True(violations.Count == 0, "Fields (auto-property backing fields included) that would load the engine before the module initializer runs; take the value as a string and convert it inside a method: " + string.Join("; ", violations));
    }

    [Fact]
    public void Cmdlet_parameters_are_not_engine_value_types()
    {
        var violations = ModuleMetadata.Cmdlets.SelectMany(c => c.Parameters.Where(p => ModuleMetadata.Constituents(p.Type).Any(IsEngineValueType)).Select(p => $"{c.Name} -{p.Name} ({p.Type})")).ToList();
        Assert.True(violations.Count == 0, "Parameters of engine enums or structs; declare them as strings with [ValidateSet] and parse them inside methods: " + string.Join("; ", violations));
    }

    [Fact]
    public void Public_types_neither_derive_from_nor_implement_engine_types()
    {
        var violations = new List<string>();
        foreach (var type in PublicTypes)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                violations.AddRange(t.GetInterfaces().Append(t).Where(i => ModuleMetadata.Constituents(i).Any(ModuleMetadata.IsDependencyType)).Select(i => $"{type.FullName}: {i}"));
            }
        }

        Assert.True(violations.Count == 0, "Engine types in a public type's base classes or interfaces (put them on an internal helper class instead): " + string.Join("; ", violations.Distinct()));
    }

    [Fact]
    public void Only_cmdlets_their_bases_and_the_module_initializer_are_public()
    {
        // Windows PowerShell loads every public type of the assembly while importing it; internal types load only
        // when a cmdlet runs, after the initializer.
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "RosterTools.Loading.ModuleInitializer" };
        foreach (var cmdlet in ModuleMetadata.Cmdlets)
        {
            for (var t = cmdlet.Type; t is not null && t.Assembly == ModuleMetadata.CmdletAssembly; t = t.BaseType)
            {
                allowed.Add(t.FullName!);
            }
        }

        var extra = PublicTypes.Select(t => t.FullName!).Where(name => !allowed.Contains(name)).ToList();
        Assert.True(extra.Count == 0, "Make these internal: " + string.Join(", ", extra));
    }

    [Fact]
    public void The_module_initializer_implements_both_interfaces()
    {
        var initializer = ModuleMetadata.CmdletAssembly.GetType("RosterTools.Loading.ModuleInitializer", throwOnError: true)!;
        var interfaces = initializer.GetInterfaces().Select(i => i.FullName).ToList();
        Assert.Contains("System.Management.Automation.IModuleAssemblyInitializer", interfaces);
        Assert.Contains("System.Management.Automation.IModuleAssemblyCleanup", interfaces);
    }

    [Fact]
    public void The_loader_mentions_no_engine_type()
    {
        // The loader runs before the engine can be found: no signature or field of it may name an engine type.
        var loader = ModuleMetadata.CmdletAssembly.GetTypes().Where(t => t.Namespace == "RosterTools.Loading").ToList();
        Assert.NotEmpty(loader);
        var mentioned = new List<string>();
        foreach (var type in loader)
        {
            var types = type.GetFields(Declared).Select(f => f.FieldType)
                .Concat(type.GetMethods(Declared).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Concat(type.GetConstructors(Declared).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
                .Concat(type.GetInterfaces())
                .Append(type.BaseType ?? type);
            mentioned.AddRange(types.SelectMany(ModuleMetadata.Constituents).Where(ModuleMetadata.IsDependencyType).Select(t => $"{type.FullName}: {t}"));
        }

        Assert.True(mentioned.Count == 0, string.Join("; ", mentioned));
    }

    [Fact]
    public void The_rule_catches_an_engine_value_type_field()
    {
        // The engine's Finding has a Severity (an engine enum) property: the check must see its backing field.
        var engine = ModuleMetadata.Resolve(ModuleMetadata.CmdletAssembly.GetReferencedAssemblies().Single(a => a.Name == "RosterTools.Engine"));
        var finding = engine.GetType("RosterTools.Validation.Finding", throwOnError: true)!;
        Assert.Contains(FieldViolations(finding), v => v.Contains("Severity", StringComparison.Ordinal));
    }

    private static IEnumerable<string> FieldViolations(Type type)
    {
        for (var t = type; t is not null && (t.Assembly == type.Assembly); t = t.BaseType)
        {
            foreach (var field in t.GetFields(Declared))
            {
                var carriesEngineType = field.FieldType.IsValueType && ModuleMetadata.Constituents(field.FieldType).Any(ModuleMetadata.IsDependencyType);
                if (carriesEngineType || ModuleMetadata.Constituents(field.FieldType).Any(IsEngineValueType))
                {
                    yield return $"{t.FullName}.{field.Name} ({field.FieldType})";
                }
            }
        }
    }

    private static bool IsEngineValueType(Type type) => type.IsValueType && ModuleMetadata.IsDependencyType(type);
}
