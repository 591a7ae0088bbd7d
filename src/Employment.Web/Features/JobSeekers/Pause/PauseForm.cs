using Employment.Core.JobSeekers;
using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.JobSeekers.Pause;

public sealed class PauseForm
{
    public const string LookAgainOnName = "the date to look again";

    /// <summary>A <see cref="PauseReason"/> name, as the radios send it.</summary>
    public string? Reason { get; set; }

    public string? OtherReason { get; set; }

    public DateParts LookAgainOn { get; set; } = new();

    public PauseReason? ToReason() => Enum.GetValues<PauseReason>().Cast<PauseReason?>().FirstOrDefault(r => r.ToString() == Reason);

    public DateOnly? ToLookAgainOn() => LookAgainOn.IsEmpty ? null : LookAgainOn.Parse(LookAgainOnName).Date;
}
