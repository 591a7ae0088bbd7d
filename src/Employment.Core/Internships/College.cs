namespace Employment.Core.Internships;

/// <summary>A college or study programme partner that runs the learning side of supported internship programmes.</summary>
public class College
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The name as compared: trimmed and in lower case, unique.</summary>
    public required string NameKey { get; set; }

    public static string KeyFor(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    public DateTimeOffset CreatedAt { get; set; }
}
