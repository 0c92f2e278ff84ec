using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RosterTools.Tests.Contract;

/// <summary>RosterTools.Format.ps1xml against the types the cmdlets output.</summary>
public sealed class FormatTests
{
    private static readonly XDocument Format = XDocument.Load(Path.Combine(Repository.ModuleFolder, "RosterTools.Format.ps1xml"));

    private static IEnumerable<XElement> Views => Format.Descendants("View");

    private static IEnumerable<Type> OutputTypes =>
        ModuleMetadata.Cmdlets.SelectMany(c => c.OutputTypes).Where(t => t.Namespace?.StartsWith("System", StringComparison.Ordinal) != true).Distinct();

    /// <summary>The output types, and the element types of their list properties (a Plan's PlanActions), which people format too.</summary>
    private static IEnumerable<Type> ViewableTypes =>
        OutputTypes.Concat(OutputTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericArguments().Length == 1 && t.GetGenericArguments()[0].Namespace?.StartsWith("RosterTools", StringComparison.Ordinal) == true)
            .Select(t => t.GetGenericArguments()[0]))
        .Distinct();

    [Fact]
    public void Every_output_type_has_a_table_view_selected_by_its_full_name()
    {
        var tables = Views.Where(v => v.Element("TableControl") is not null).Select(SelectedType).ToHashSet(StringComparer.Ordinal);
        var missing = OutputTypes.Select(t => t.FullName!).Where(name => !tables.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "Add a table view to module/RosterTools.Format.ps1xml for " + string.Join(", ", missing));
    }

    [Fact]
    public void Table_views_have_3_to_7_columns_with_matching_headers()
    {
        foreach (var view in Views.Where(v => v.Element("TableControl") is not null))
        {
            var headers = view.Descendants("TableColumnHeader").Count();
            var items = view.Descendants("TableColumnItem").Count();
            Assert.True(headers is >= 3 and <= 7, $"The view of {SelectedType(view)} has {headers} columns.");
            Assert.Equal(headers, items);
        }
    }

    [Fact]
    public void Views_name_only_properties_the_type_has()
    {
        var types = ViewableTypes.ToDictionary(t => t.FullName!, StringComparer.Ordinal);
        foreach (var view in Views)
        {
            Assert.True(types.TryGetValue(SelectedType(view), out var type), $"A view selects {SelectedType(view)}, which no cmdlet outputs (nor a list property of what one outputs).");
            var properties = type!.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var names = view.Descendants("PropertyName").Select(p => p.Value)
                .Concat(view.Descendants("ScriptBlock").SelectMany(s => Regex.Matches(s.Value, @"\$_\.(\w+)").Select(m => m.Groups[1].Value)));
            var unknown = names.Where(name => !properties.Contains(name)).Distinct().ToList();
            Assert.True(unknown.Count == 0, $"The view of {type.FullName} names {string.Join(", ", unknown)}, which it does not have.");
        }
    }

    [Fact]
    public void No_view_shows_a_password()
    {
        var leaks = Views.Where(v => v.Descendants().Any(e => (e.Name == "PropertyName" || e.Name == "ScriptBlock") && e.Value.Contains("Password", StringComparison.OrdinalIgnoreCase))).Select(SelectedType).ToList();
        Assert.True(leaks.Count == 0, "Views that show a password: " + string.Join(", ", leaks));
    }

    [Fact]
    public void Types_with_a_password_have_a_list_view_that_leaves_it_out()
    {
        // Without a list view, Format-List shows every property, the password included.
        var lists = Views.Where(v => v.Element("ListControl") is not null).Select(SelectedType).ToHashSet(StringComparer.Ordinal);
        var secretive = OutputTypes.Where(t => t.GetProperty("Password") is not null).Select(t => t.FullName!).ToList();
        Assert.NotEmpty(secretive);
        Assert.All(secretive, name => Assert.Contains(name, lists));
    }

    [Fact]
    public void Script_blocks_use_no_engine_type_literals()
    {
        // On PowerShell 7 the engine loads in a private context, and [RosterTools.*] type literals do not resolve there.
        var literals = Format.Descendants("ScriptBlock").Where(s => Regex.IsMatch(s.Value, @"\[\s*RosterTools\.", RegexOptions.IgnoreCase)).Select(s => s.Value).ToList();
        Assert.True(literals.Count == 0, string.Join("; ", literals));
    }

    private static string SelectedType(XElement view) => view.Element("ViewSelectedBy")?.Element("TypeName")?.Value ?? string.Empty;
}
