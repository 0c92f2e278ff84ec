using System.Management.Automation;

namespace RosterTools.Loading;

/// <summary>
/// Makes the engine and its third-party assemblies loadable when PowerShell imports the module, and stops
/// serving them when the module is removed.
/// </summary>
/// <remarks>
/// <para>
/// THE LOADING RULE. The engine (RosterTools.Engine.dll) and its dependencies (CsvHelper...) ship in
/// <c>Dependencies/net8.0/</c> (PowerShell 7.4+) and <c>Dependencies/netstandard2.0/</c> (Windows PowerShell 5.1),
/// never beside RosterTools.dll: from there PowerShell would load them itself, into the shared context, where they
/// clash with other modules' copies of the same libraries. They become loadable only once <see cref="OnImport"/>
/// has run. But PowerShell loads the public types of this assembly (to find the cmdlets) before it runs the
/// initializer, and loading a class computes its field layout, which loads the type of every value-type field.
/// A cmdlet with a field, or an auto-property backing field, of an engine value type (OneRosterEntity,
/// OneRosterVersion, Severity, SpecEnum&lt;T&gt;, Nullable of one of them) would therefore load the engine before it
/// can be found, and the import fails on some hosts. The same goes for engine types among a public type's base
/// classes and interfaces. So: cmdlet classes take such values as strings (with ValidateSet) and convert them
/// inside methods, which run only after the initializer; engine reference types (Roster) are fine as parameters.
/// The contract test LoadingRuleTests enforces this.
/// </para>
/// <para>This class itself must not mention any engine type.</para>
/// </remarks>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <summary>Called by PowerShell when the module is imported: starts serving the engine and its dependencies.</summary>
    public void OnImport() => DependencyResolver.Register();

    /// <summary>Called by PowerShell when the module is removed: stops serving them (assemblies already loaded stay loaded).</summary>
    /// <param name="psModuleInfo">The module being removed.</param>
    public void OnRemove(PSModuleInfo psModuleInfo) => DependencyResolver.Unregister();
}
