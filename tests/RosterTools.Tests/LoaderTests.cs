using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace RosterTools.Tests.Contract;

/// <summary>
/// Runs the module's dependency loader in this process the way PowerShell 7 runs it: RosterTools.dll is loaded from
/// out/RosterTools with LoadFrom into the default load context (this test project does not reference the engine, so
/// nothing here can find it either), the loader's AssemblyResolve handler is registered, and engine code is called
/// through RosterTools.dll. The engine and CsvHelper must then come from Dependencies/net8.0, in the private
/// context, and never into the default one. Nothing of System.Management.Automation is touched.
/// </summary>
public sealed class LoaderTests
{
    private static readonly Lazy<Assembly> Module = new(() => Assembly.LoadFrom(Repository.CmdletAssembly));

    private static Type Resolver => Module.Value.GetType("RosterTools.Loading.DependencyResolver", throwOnError: true)!;

    [Fact]
    public void On_NET_8_or_later_the_resolver_serves_Dependencies_net8_0_in_a_private_context()
    {
        var resolver = NewResolver();
        Assert.Equal(Path.GetFullPath(Repository.Dependencies("net8.0")), Property<string>(resolver, "Folder"));
        Assert.True(Property<bool>(resolver, "IsIsolated"));
    }

    [Theory]
    [InlineData("RosterTools.Engine", "self", true)]
    [InlineData("CsvHelper", "self", true)]
    [InlineData("CsvHelper, Version=34.0.0.0", "unknown", true)]
    [InlineData("CsvHelper", "foreign", false)]
    [InlineData("CsvHelper, Version=99.0.0.0", "self", false)]
    [InlineData("Newtonsoft.Json", "self", false)]
    [InlineData("System.Management.Automation", "self", false)]
    [InlineData("RosterTools", "self", false)]
    public void It_answers_only_for_its_own_files_and_its_own_requesters(string requested, string requester, bool served)
    {
        var requesting = requester switch
        {
            "self" => Module.Value,
            "foreign" => typeof(LoaderTests).Assembly,
            _ => null,
        };
        var serves = (bool)Resolver.GetMethod("Serves", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(NewResolver(), new object?[] { new AssemblyName(requested), requesting })!;
        Assert.Equal(served, serves);
    }

    [Theory]
    [InlineData("System.Runtime.CompilerServices.Unsafe, Version=4.0.4.1, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a", true)]
    [InlineData("System.Memory, Version=4.0.1.2, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51", true)]
    [InlineData("RosterTools.Engine, Version=0.0.0.0", true)]
    [InlineData("System.Runtime.CompilerServices.Unsafe, Version=99.0.0.0", false)]
    [InlineData("System.Management.Automation, Version=3.0.0.0", false)]
    public void On_Windows_PowerShell_it_serves_the_netstandard2_0_folder_by_name_and_at_least_the_version_asked(string requested, bool served)
    {
        // .NET Framework has no binding redirects for a module: System.Memory asks for Unsafe 4.0.4.1 and 6.0.0.0 ships.
        // Only the decision is run here; loading netstandard2.0 assemblies into this process would not show anything.
        var constructor = Resolver.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        var resolver = constructor.Invoke(new object?[] { Module.Value, Repository.Dependencies("netstandard2.0"), null });
        Assert.False(Property<bool>(resolver, "IsIsolated"));
        var serves = (bool)Resolver.GetMethod("Serves", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(resolver, new object?[] { new AssemblyName(requested), null })!;
        Assert.Equal(served, serves);
    }

    [Fact]
    public void Engine_calls_from_the_cmdlet_assembly_load_the_net8_0_engine_privately_and_work()
    {
        Invoke("Register");
        try
        {
            // ImportSettings is the cmdlets' own code, compiled against the netstandard2.0 engine.
            var forImport = Module.Value.GetType("RosterTools.Pipeline.ImportSettings", throwOnError: true)!.GetMethod("For")!;
            var strict = forImport.Invoke(null, new object?[] { true, null })!;
            var lenient = forImport.Invoke(null, new object?[] { false, null })!;

            var engine = strict.GetType().Assembly;
            Assert.Equal(Path.Combine(Path.GetFullPath(Repository.Dependencies("net8.0")), "RosterTools.Engine.dll"), engine.Location);
            Assert.Equal("RosterTools", AssemblyLoadContext.GetLoadContext(engine)!.Name);
            Assert.True((bool)strict.GetType().GetProperty("Strict")!.GetValue(strict)!, "ImportSettings.For did not set Strict.");

            var read = engine.GetType("RosterTools.OneRoster.Csv.OneRosterReader", throwOnError: true)!.GetMethod("Read")!;
            var bundle = Repository.Conformance("moodle-enrol_oneroster", "Test_minimal_data_set");
            var roster = read.Invoke(null, new object?[] { bundle, lenient, CancellationToken.None })!;
            Assert.Equal("RosterTools.OneRoster.Roster", roster.GetType().FullName);

            // The bundle has errors, so strict mode refuses it: proof that the option reached the engine.
            var refused = Assert.Throws<TargetInvocationException>(() => read.Invoke(null, new object?[] { bundle, strict, CancellationToken.None }));
            Assert.Equal("RosterValidationException", refused.InnerException!.GetType().Name);

            var csvHelper = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "CsvHelper");
            Assert.Equal("RosterTools", AssemblyLoadContext.GetLoadContext(csvHelper)!.Name);
            Assert.StartsWith(Path.GetFullPath(Repository.Dependencies("net8.0")), csvHelper.Location, StringComparison.Ordinal);
            Assert.DoesNotContain(AssemblyLoadContext.Default.Assemblies, a => a.GetName().Name is "RosterTools.Engine" or "CsvHelper");
        }
        finally
        {
            Invoke("Unregister");
        }
    }

    private static object NewResolver() => Resolver.GetMethod("ForCurrentRuntime", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, new object[] { Module.Value })!;

    private static void Invoke(string method) => Resolver.GetMethod(method, BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, null);

    private static T Property<T>(object target, string name) => (T)target.GetType().GetProperty(name, BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(target)!;
}
