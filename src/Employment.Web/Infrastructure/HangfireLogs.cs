using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Employment.Web.Infrastructure;

/// <summary>
/// Hangfire's logs into the site's logging. Hangfire keeps its log provider in a static, so when a process hosts more
/// than one site (the test suite) it can outlive the site whose logger factory it wraps, and a job thread can log after
/// its own site's factory is disposed at shutdown: then it says nothing instead of throwing (decision 0084).
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new Guarded(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Guarded(ILog inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
