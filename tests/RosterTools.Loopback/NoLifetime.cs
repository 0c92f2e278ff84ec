using System.Threading;
using System.Threading.Tasks;

namespace RosterTools.Testing.Loopback;

/// <summary>Not the console lifetime: a loopback server inside a test host or a benchmark must not take over Ctrl+C and SIGTERM.</summary>
internal sealed class NoLifetime : Microsoft.Extensions.Hosting.IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
