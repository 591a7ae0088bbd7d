namespace Employment.Core.Opportunities;

/// <summary>
/// An opportunity being posted a question at a time, kept in the database as each answer is given so it survives signing
/// out and is the same on every web server. It belongs to the organisation: its staff and a coach acting for it see it.
/// Once posted it keeps the opportunity it became, so a second "Post" finds that one instead of posting again.
/// </summary>
public class OpportunityDraft
{
    public Guid Id { get; set; }

    public Guid EmployerId { get; set; }

    /// <summary>The answers so far, as the pages typed them (JSON).</summary>
    public required string Answers { get; set; }

    /// <summary>The opportunity it was posted as; null while it is a draft. Unique: a draft is posted once.</summary>
    public Guid? PostedOpportunityId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
