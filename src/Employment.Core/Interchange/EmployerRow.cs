namespace Employment.Core.Interchange;

internal sealed record EmployerRow(int Line, string Id, string Name, string DcLevel, DateOnly? DcValidUntil, string? Sector, DateOnly? DcSince = null);
