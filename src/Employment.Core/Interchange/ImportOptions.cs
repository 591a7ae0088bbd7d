namespace Employment.Core.Interchange;

public sealed record ImportOptions
{
    /// <summary>Load every good row and skip the bad ones (and rows that need them), instead of loading nothing when any row is bad.</summary>
    public bool GoodRowsOnly { get; init; }

    /// <summary>The ImportRun to record into; a new one is made when null.</summary>
    public Guid? RunId { get; init; }

    public Guid? UserId { get; init; }

    /// <summary>Where the files came from, in a few words, for the list of imports.</summary>
    public string? Source { get; init; }
}
