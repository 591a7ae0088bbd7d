namespace Employment.Core.Reference;

public class LocalAuthority
{
    public int Id { get; set; }

    /// <summary>ONS code, e.g. E06000016 for Leicester.</summary>
    public required string OnsCode { get; set; }
    public required string Name { get; set; }
    public string? Region { get; set; }
}
