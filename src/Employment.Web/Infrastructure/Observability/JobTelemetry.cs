using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hangfire.Server;

namespace Employment.Web.Infrastructure.Observability;

/// <summary>
/// A span and a duration for each Hangfire job run: Hangfire has no OpenTelemetry instrumentation of its own that
/// restores here, so the filter makes them from one ActivitySource and one Meter, both named <see cref="SourceName"/>.
/// </summary>
internal sealed class JobTelemetry : IServerFilter
{
    public const string SourceName = "Employment.Jobs";

    private const string ActivityKey = "Employment.Jobs.Activity";
    private const string StartedKey = "Employment.Jobs.Started";

    private static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);
    private static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("employment.job.duration", "s", "How long each background job run took");

    public void OnPerforming(PerformingContext context)
    {
        var activity = Source.StartActivity(JobName(context), ActivityKind.Internal);
        activity?.SetTag("job.id", context.BackgroundJob.Id);
        context.Items[ActivityKey] = activity;
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        var failed = context.Exception is not null && !context.ExceptionHandled;
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp)
        {
            Duration.Record(Stopwatch.GetElapsedTime(timestamp).TotalSeconds,
                new KeyValuePair<string, object?>("job.name", JobName(context)),
                new KeyValuePair<string, object?>("job.outcome", failed ? "failed" : "succeeded"));
        }
        if (context.Items.TryGetValue(ActivityKey, out var item) && item is Activity activity)
        {
            if (failed)
            {
                activity.SetStatus(ActivityStatusCode.Error, context.Exception!.GetType().Name);
            }
            activity.Dispose();
        }
    }

    private static string JobName(PerformContext context) =>
        $"{context.BackgroundJob.Job.Type.Name}.{context.BackgroundJob.Job.Method.Name}";
}
