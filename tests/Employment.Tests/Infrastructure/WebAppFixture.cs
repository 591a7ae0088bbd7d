using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Core.Employers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Employment.Tests.Infrastructure;

/// <summary>The real site, in process, on a database of its own copied from the migrated template.</summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string Password = TestData.Password;

    private readonly TestDatabase _database = new();
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started");
    public string ConnectionString => _database.ConnectionString;

    /// <summary>The test-data kit on this site's database.</summary>
    public TestData TestData => new(_database.Context, Factory.Services);

    public Task InitializeAsync() => InitializeAsync(kestrel: false);

    /// <summary>What the site logged as errors, with their exceptions.</summary>
    public ServerErrors ServerErrors { get; } = new();

    /// <summary>Settings of this test site's own, applied over the defaults before it starts.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>With <paramref name="kestrel"/>, the site listens on a real loopback port so a browser can reach it.</summary>
    public async Task InitializeAsync(bool kestrel)
    {
        await _database.InitializeAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.ConfigureLogging(logging => logging.AddProvider(ServerErrors));
            host.UseSetting("ConnectionStrings:Employment", ConnectionString);
            host.UseSetting("Database:MigrateOnStart", "false");
            host.UseSetting("Hangfire:ServerEnabled", "false");
            foreach (var (key, value) in Settings)
            {
                host.UseSetting(key, value);
            }
            if (kestrel)
            {
                // A free loopback port of its own, so test runs side by side never collide on 5000.
                host.UseSetting("urls", "http://127.0.0.1:0");
            }
        });
        if (kestrel)
        {
            _factory.UseKestrel();
            _factory.StartServer();
            var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            ListeningAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }
        await EnsureRolesAsync();
    }

    public async Task DisposeAsync()
    {
        _factory?.Dispose();
        await _database.DisposeAsync();
    }

    /// <summary>A client that keeps cookies and does not follow redirects; over real HTTP when the site listens on a port.</summary>
    public HttpClient CreateClient() => ListeningAddress is { } address
        ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = address }
        : Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The loopback address the site listens on, when started with Kestrel.</summary>
    public Uri? ListeningAddress { get; private set; }

    public async Task<T> WithDbAsync<T>(Func<EmploymentDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<EmploymentDbContext>());
    }

    /// <summary>A user with a password in the given role; employers get an organisation (approved unless told) unless one is given.</summary>
    public Task<AppUser> CreateUserAsync(string role, Guid? employerId = null, ApprovalStatus approval = ApprovalStatus.Approved) =>
        TestData.CreateUserAsync(role, u => u.ForEmployer(employerId).WithNewEmployer(approval));

    private async Task EnsureRolesAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                TestData.Check(await roles.CreateAsync(new IdentityRole<Guid>(role)));
            }
        }
    }
}
