using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RosterTools.Testing.Loopback;

/// <summary>Starts a Kestrel server on 127.0.0.1 and a free port that answers every request with one handler.</summary>
internal static class LoopbackHost
{
    /// <summary>The running app (stop and dispose it when done) and its base URL, http://127.0.0.1:port/.</summary>
    public static (WebApplication App, Uri BaseUrl) Start(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, NoLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxConcurrentConnections = null;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        app.Run(handler);
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/"));
    }

    /// <summary>Not the console lifetime: a server inside a test host or a benchmark must not take over Ctrl+C and SIGTERM.</summary>
    private sealed class NoLifetime : Microsoft.Extensions.Hosting.IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
