using System.Collections.Concurrent;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Employment.Tests.Observability;

/// <summary>
/// What a structured log line (the JSON console formatter with scopes, outside Development) carries: every entry
/// written while a request runs has the request's id and path and the trace and span ids of its span, so a log line can
/// be joined to its trace.
/// </summary>
public sealed class RequestLogScopeTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task ALogWrittenDuringARequest_CarriesItsRequestIdAndTraceId()
    {
        var provider = new ScopeCapture();
        await using var site = app.Factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddLogging(logging => logging.AddProvider(provider).AddFilter<ScopeCapture>(null, LogLevel.Information))));
        using var client = site.CreateClient();

        using (await client.GetAsync("/sign-in"))
        {
        }

        var entry = provider.Entries.FirstOrDefault(e => Equals(e.GetValueOrDefault("RequestPath"), "/sign-in"));
        Assert.NotNull(entry);
        Assert.False(string.IsNullOrEmpty(entry["RequestId"] as string), "No RequestId in the log's scope");
        Assert.Matches("^[0-9a-f]{32}$", entry["TraceId"]?.ToString() ?? "");
        Assert.Matches("^[0-9a-f]{16}$", entry["SpanId"]?.ToString() ?? "");
    }

    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ConcurrentQueue<Dictionary<string, object?>> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapture owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = new Dictionary<string, object?>(StringComparer.Ordinal);
                owner._scopes?.ForEachScope((scope, into) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            into[key] = value;
                        }
                    }
                }, values);
                owner.Entries.Enqueue(values);
            }
        }
    }
}
