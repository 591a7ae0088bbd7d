using System.Runtime.CompilerServices;
using Hangfire.Common;

namespace Employment.Tests.Infrastructure;

internal static class HangfireStatics
{
    /// <summary>
    /// Hangfire builds its process-wide filter list once, logging through whichever site last configured Hangfire's log
    /// provider. The tests start and dispose many sites in one process: built after one of them was disposed, the list
    /// fails on that site's disposed LoggerFactory and every later site with a Hangfire server fails to start. So it is
    /// built first, before any site exists.
    /// </summary>
    [ModuleInitializer]
    internal static void BuildBeforeAnySite() => _ = JobFilterProviders.Providers;
}
