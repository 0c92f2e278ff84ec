using System.Reflection;

namespace RosterTools.Tests.Contract;

/// <summary>A cmdlet class of the assembly, as its attributes describe it.</summary>
internal sealed record CmdletInfo(
    Type Type,
    string Verb,
    string Noun,
    bool SupportsShouldProcess,
    int? ConfirmImpact,
    string? DefaultParameterSetName,
    IReadOnlyList<Type> OutputTypes,
    IReadOnlyList<CmdletParameter> Parameters)
{
    /// <summary>System.Management.Automation.ConfirmImpact.High.</summary>
    public const int HighImpact = 3;

    public string Name => Verb + "-" + Noun;

    public override string ToString() => Name;

    /// <summary>Reads a cmdlet class's attributes; null for a type that is not a cmdlet.</summary>
    public static CmdletInfo? From(Type type)
    {
        var cmdlet = type.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType.FullName == "System.Management.Automation.CmdletAttribute");
        if (cmdlet is null)
        {
            return null;
        }

        var outputTypes = type.GetCustomAttributesData()
            .Where(a => a.AttributeType.FullName == "System.Management.Automation.OutputTypeAttribute")
            .SelectMany(a => a.ConstructorArguments)
            .SelectMany(argument => argument.Value is IEnumerable<CustomAttributeTypedArgument> items ? items : new[] { argument })
            .Select(argument => argument.Value as Type ?? throw new InvalidOperationException($"{type.Name}: declare [OutputType(typeof(...))], not a type name string, so the type is checked at compile time."))
            .ToList();

        return new CmdletInfo(
            type,
            (string)cmdlet.ConstructorArguments[0].Value!,
            (string)cmdlet.ConstructorArguments[1].Value!,
            Named<bool?>(cmdlet, "SupportsShouldProcess") ?? false,
            Named<int?>(cmdlet, "ConfirmImpact"),
            Named<string>(cmdlet, "DefaultParameterSetName"),
            outputTypes,
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(CmdletParameter.From).OfType<CmdletParameter>().ToList());
    }

    internal static T? Named<T>(CustomAttributeData attribute, string name) =>
        attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => (T?)a.TypedValue.Value).FirstOrDefault();
}

/// <summary>A parameter: a public property with one or more [Parameter] attributes.</summary>
internal sealed record CmdletParameter(string Name, PropertyInfo Property, IReadOnlyList<string> Aliases, IReadOnlyList<string> ValidValues, IReadOnlyList<ParameterSetBinding> Sets)
{
    public const string AllSets = "__AllParameterSets";

    public Type Type => Property.PropertyType;

    public bool IsSwitch => Type.FullName == "System.Management.Automation.SwitchParameter";

    public static CmdletParameter? From(PropertyInfo property)
    {
        var attributes = property.GetCustomAttributesData();
        var sets = attributes.Where(a => a.AttributeType.FullName == "System.Management.Automation.ParameterAttribute")
            .Select(a => new ParameterSetBinding(
                CmdletInfo.Named<string>(a, "ParameterSetName") ?? AllSets,
                CmdletInfo.Named<bool?>(a, "Mandatory") ?? false,
                CmdletInfo.Named<int?>(a, "Position") is int position && position >= 0 ? position : null,
                CmdletInfo.Named<bool?>(a, "ValueFromPipeline") ?? false,
                CmdletInfo.Named<bool?>(a, "ValueFromPipelineByPropertyName") ?? false))
            .ToList();
        if (sets.Count == 0)
        {
            return null;
        }

        return new CmdletParameter(property.Name, property, Strings(attributes, "System.Management.Automation.AliasAttribute"), Strings(attributes, "System.Management.Automation.ValidateSetAttribute"), sets);
    }

    private static List<string> Strings(IList<CustomAttributeData> attributes, string attributeType) =>
        attributes.Where(a => a.AttributeType.FullName == attributeType)
            .SelectMany(a => a.ConstructorArguments)
            .SelectMany(argument => argument.Value is IEnumerable<CustomAttributeTypedArgument> items ? items : new[] { argument })
            .Select(argument => (string)argument.Value!)
            .ToList();
}

/// <summary>How a parameter binds in one parameter set.</summary>
internal sealed record ParameterSetBinding(string SetName, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);
