namespace Employment.Core.Interchange;

/// <summary>One thing wrong with an import: a file, or a row of it, and in plain English what is wrong.</summary>
public sealed record ImportError(string File, int? Line, string? Column, string Message)
{
    public override string ToString() =>
        Line is null ? $"{File}: {Message}"
        : string.IsNullOrEmpty(Column) ? $"{File} line {Line}: {Message}"
        : $"{File} line {Line}, column {Column}: {Message}";
}
