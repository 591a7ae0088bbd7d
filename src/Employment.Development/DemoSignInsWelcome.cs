using Employment.Seed;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;

namespace Employment.Development;

/// <summary>Once the site listens, prints where it is and the demo sign-ins.</summary>
internal sealed class DemoSignInsWelcome(IHostApplicationLifetime lifetime, IServer server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = string.Join(", ", server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        Console.WriteLine();
        Console.WriteLine($"Employment is running at {addresses}");
        Console.WriteLine($"Demo sign-ins (password {DemoAccounts.Password}):");
        foreach (var email in DemoAccounts.All)
        {
            Console.WriteLine($"  {email}");
        }
        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
