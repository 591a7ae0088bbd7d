using Employment.Core.Interchange;
using Hangfire;
using Hangfire.States;

namespace Employment.Web.Features.Admin.Imports;

/// <summary>Marks import runs whose job is no longer alive as interrupted (decision 0053): on a schedule, and at every node's start.</summary>
public sealed class MarkInterruptedImportsJob(InterruptedImports interrupted, JobStorage storage, ILogger<MarkInterruptedImportsJob> logger)
{
    public const string JobId = "mark-interrupted-imports";

    [AutomaticRetry(Attempts = 0)]
    public async Task<IReadOnlyList<Guid>> ExecuteAsync(CancellationToken ct)
    {
        var marked = await interrupted.MarkAsync(StillWaiting, ct);
        foreach (var runId in marked)
        {
            logger.LogWarning("Import run {RunId} was interrupted: its job is no longer alive", runId);
        }
        return marked;
    }

    private static readonly HashSet<string> Waiting =
        new([EnqueuedState.StateName, ProcessingState.StateName, ScheduledState.StateName, AwaitingState.StateName], StringComparer.OrdinalIgnoreCase);

    private bool StillWaiting(string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetJobData(jobId)?.State is { } state && Waiting.Contains(state);
    }
}

/// <summary>At start-up: a node that was killed while running an import leaves it "running" until someone looks.</summary>
internal sealed class InterruptedRunsAtStartup(IServiceScopeFactory scopes, ILogger<InterruptedRunsAtStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MarkInterruptedImportsJob>().ExecuteAsync(cancellationToken);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            logger.LogWarning(e, "Interrupted imports could not be looked for at start-up; the scheduled check will look again");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
