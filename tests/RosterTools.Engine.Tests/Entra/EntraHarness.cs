using System.Threading;
using System.Threading.Tasks;
using System.Security;
using RosterTools.Apply;
using RosterTools.Planning;
using RosterTools.Targets.Entra;
using RosterTools.Testing.Loopback.Graph;

namespace RosterTools.Tests.Entra;

/// <summary>A Graph fake and an Entra target talking to it, with short waits so that retries do not slow the tests.</summary>
internal sealed class EntraHarness : IDisposable
{
    public EntraHarness(GraphFakeOptions? fakeOptions = null, Action<EntraTargetOptions>? configure = null)
    {
        Fake = GraphFake.Start(fakeOptions);
        Options = new EntraTargetOptions
        {
            GraphBaseUrl = Fake.ServiceRoot,
            UsageLocation = "US",
            RetryDelay = TimeSpan.FromMilliseconds(20),
            MaxRetryDelay = TimeSpan.FromSeconds(2),
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(Options);
        Target = new EntraTarget(EntraCredentials.AccessToken(Secure(Fake.Options.AccessToken)), Options);
    }

    public GraphFake Fake { get; }

    public EntraTargetOptions Options { get; }

    public EntraTarget Target { get; }

    public static SecureString Secure(string text) => new System.Net.NetworkCredential(string.Empty, text).SecurePassword;

    public async Task<IReadOnlyList<ActionResult>> ApplyAsync(params PlanAction[] actions) =>
        await Target.ApplyAsync(actions.Select(action => new ActionRequest(action) { InitialPassword = action.Action == ActionType.Create ? "Init-" + action.Account + "-9x!" : null }).ToList(), CancellationToken.None);

    public static PlanAction Create(string username, string anchor, string domain = "students.example.org") => new()
    {
        Id = "create-" + anchor,
        Action = ActionType.Create,
        Account = username,
        Anchor = anchor,
        EmployeeID = anchor,
        SamAccountName = username,
        MailNickname = username,
        UserPrincipalName = username + "@" + domain,
        GivenName = "Given " + username,
        Surname = "Surname",
        DisplayName = "Display " + username,
        Enabled = true,
    };

    public static PlanAction On(ActionType type, string username, string anchor, string? group = null, string? license = null) => new()
    {
        Id = $"{type}-{anchor}-{group}{license}",
        Action = type,
        Account = username,
        Anchor = anchor,
        Group = group,
        License = license,
        MemberRole = group is null ? null : MemberRole.Member,
    };

    public void Dispose()
    {
        Target.Dispose();
        Fake.Dispose();
    }
}
