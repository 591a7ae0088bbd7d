using Employment.Core.Accounts;
using Employment.Core.Data;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Email;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Employment.Tests.Email;

/// <summary>The site on a database of its own, with a settable clock and its email going to a real SMTP server process.</summary>
public sealed class EmailAppFixture : IAsyncLifetime
{
    public const string SiteBaseUrl = "http://site.test";

    private readonly WebAppFixture _app = new();
    private WebApplicationFactory<Program>? _factory;

    public FakeTimeProvider Clock { get; } = TestClock.At(new DateTimeOffset(2027, 1, 4, 6, 0, 0, TimeSpan.Zero));
    public SmtpSink Smtp { get; } = new();
    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started");

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _factory = _app.Factory.WithWebHostBuilder(host =>
        {
            host.UseSetting("Email:Host", "127.0.0.1");
            host.UseSetting("Email:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            host.UseSetting("Email:Security", "None");
            host.UseSetting("Email:SiteBaseUrl", SiteBaseUrl);
            host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
        Smtp.Start();
    }

    public async Task DisposeAsync()
    {
        Smtp.Dispose();
        _factory?.Dispose();
        await _app.DisposeAsync();
    }

    public HttpClient CreateClient() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The test-data kit on this site's database.</summary>
    public TestData TestData => _app.TestData;

    public Task<AppUser> CreateUserAsync(string role, Guid? employerId = null) => _app.CreateUserAsync(role, employerId);

    public async Task<T> WithDbAsync<T>(Func<EmploymentDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<EmploymentDbContext>());
    }

    /// <summary>Runs a job as Hangfire would: resolved in a scope of its own.</summary>
    public async Task<int> RunAsync<TJob>(Func<TJob, Task<int>> run) where TJob : notnull
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    /// <summary>Every scheduled email job, each twice (a rerun must add nothing), then the sender.</summary>
    public async Task RunTheDayAsync()
    {
        for (var i = 0; i < 2; i++)
        {
            await RunAsync<DailyDigestJob>(j => j.ExecuteAsync(CancellationToken.None));
            await RunAsync<MilestoneEmailsJob>(j => j.ExecuteAsync(CancellationToken.None));
            await RunAsync<DcRemindersJob>(j => j.ExecuteAsync(CancellationToken.None));
            await RunAsync<WeeklySummaryJob>(j => j.ExecuteAsync(CancellationToken.None));
        }
        await SendAsync();
    }

    public Task<int> SendAsync() => RunAsync<SendOutboxJob>(j => j.ExecuteAsync(CancellationToken.None));
}
