using System.Diagnostics;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace Employment.Tests.Observability;

/// <summary>
/// The site's own telemetry setup, with an in-memory exporter added beside whatever configuration chose: a request
/// makes a server span named by its route (not its path), and the SQL it runs is a span in the same trace.
/// </summary>
public sealed class TracingTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task ARequest_MakesASpanWithItsRoute_AndItsSqlInTheSameTrace()
    {
        var exported = new List<Activity>();
        await using var site = app.Factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))));
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // Listeners are process-wide, so other tests' requests are exported too: this test's requests carry a trace id
        // of its own (W3C traceparent, which the site continues) and only spans in that trace are looked at.
        var trace = ActivityTraceId.CreateRandom();
        client.DefaultRequestHeaders.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using (await client.GetAsync("/error/404"))
        {
        }
        using (await Forms.SignInAsync(client, "nobody@example.test", "not a password"))
        {
        }

        var errorPage = await ServerSpanAsync(exported, trace, "GET", "error/{statusCode:int}");
        Assert.Equal("/error/404", errorPage.GetTagItem("url.path"));

        var signIn = await ServerSpanAsync(exported, trace, "POST", "sign-in");
        Activity[] sql;
        lock (exported)
        {
            sql = [.. exported.Where(a => a.Source.Name == "Npgsql" && a.TraceId == signIn.TraceId)];
        }
        Assert.NotEmpty(sql);
        Assert.All(sql, a => Assert.Equal(ActivityKind.Client, a.Kind));
    }

    /// <summary>The server span ends as the response is finished, which may be just after the client has read it.</summary>
    private static async Task<Activity> ServerSpanAsync(List<Activity> exported, ActivityTraceId trace, string method, string route)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            lock (exported)
            {
                var span = exported.FirstOrDefault(a => a.Kind == ActivityKind.Server && a.TraceId == trace
                    && Equals(a.GetTagItem("http.request.method"), method)
                    && (a.GetTagItem("http.route") as string)?.TrimStart('/') == route);
                if (span is not null)
                {
                    return span;
                }
            }
            await Task.Delay(100);
        }
        string[] seen;
        lock (exported)
        {
            seen = [.. exported.Where(a => a.Kind == ActivityKind.Server).Select(a => $"{a.DisplayName} route={a.GetTagItem("http.route")}")];
        }
        Assert.Fail($"No server span for {method} {route}; saw: {string.Join("; ", seen)}");
        return null!;
    }
}
