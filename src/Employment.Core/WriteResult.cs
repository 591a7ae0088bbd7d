namespace Employment.Core;

/// <summary>What a write service did: the thing it saved, or the problems that stopped it (and then nothing was saved).</summary>
public sealed record WriteResult<T>(T? Value, IReadOnlyList<Problem> Problems) where T : class
{
    public bool Succeeded => Problems.Count == 0;
}

public static class WriteResult
{
    public static WriteResult<T> Saved<T>(T value) where T : class => new(value, []);

    public static WriteResult<T> Refused<T>(params Problem[] problems) where T : class => new(null, problems);
}
