namespace Employment.Core.Interchange;

/// <summary>How far an import has got: the stage, the file being read and how much of it.</summary>
public sealed record ImportProgress(string Stage, string? File, long RowsRead, long BytesRead, long BytesTotal)
{
    public const string Reading = "reading";
    public const string Checking = "checking";
    public const string Loading = "loading";

    public int? Percent => BytesTotal > 0 ? (int)(100 * BytesRead / BytesTotal) : null;
}
