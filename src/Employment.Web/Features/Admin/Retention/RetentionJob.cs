using Employment.Core.Email;
using Hangfire;
using Microsoft.Extensions.Options;

namespace Employment.Web.Features.Admin.Retention;

/// <summary>Each night, removes what is past its time (see the retention page). Takes no arguments: nothing personal goes to Hangfire.</summary>
public sealed class RetentionJob(OutboxRetention outbox, IOptions<RetentionOptions> options)
{
    public const string JobId = "retention";

    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        // The count shows in the Hangfire dashboard as the job's result.
        return await outbox.RemoveOldBodiesAsync(options.Value.OutboxBodyDays, cancellationToken);
    }
}
