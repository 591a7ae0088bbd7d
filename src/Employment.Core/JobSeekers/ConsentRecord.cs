namespace Employment.Core.JobSeekers;

/// <summary>Each time a person's consent to share with employers was given or withdrawn, and how it was explained.</summary>
public class ConsentRecord
{
    public long Id { get; set; }

    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    public bool Given { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public Guid? RecordedById { get; set; }
    public string? ExplainedHow { get; set; }
}
