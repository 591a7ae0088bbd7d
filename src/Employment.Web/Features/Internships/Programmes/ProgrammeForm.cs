using System.Globalization;
using Employment.Core.Internships;
using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.Internships.Programmes;

/// <summary>A programme as typed: numbers and dates stay text so a mistake is shown back.</summary>
public sealed class ProgrammeForm
{
    public const string IntakeName = "the intake date";
    public const string EndsName = "the end date";

    public string? HostEmployerId { get; set; }
    public string? CollegeName { get; set; }
    public string? AcademicYearStart { get; set; }
    public DateParts IntakeStartsOn { get; set; } = new();
    public DateParts EndsOn { get; set; } = new();
    public string? CohortSize { get; set; }
    public string? CoachId { get; set; }

    /// <summary>The programme's version the form was filled in from (editing only).</summary>
    public uint? Version { get; set; }

    public static int? ReadNumber(string? typed) =>
        int.TryParse(typed?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static Guid? ReadId(string? typed) => Guid.TryParse(typed, out var id) ? id : null;

    public static ProgrammeForm From(InternshipProgramme p) => new()
    {
        HostEmployerId = p.HostEmployerId.ToString(),
        CollegeName = p.College?.Name,
        AcademicYearStart = p.AcademicYearStart.ToString(CultureInfo.InvariantCulture),
        IntakeStartsOn = DateParts.From(p.IntakeStartsOn),
        EndsOn = DateParts.From(p.EndsOn),
        CohortSize = p.CohortSize.ToString(CultureInfo.InvariantCulture),
        CoachId = p.CoachId.ToString(),
        Version = p.Version,
    };

    /// <summary>Only once the validator passed.</summary>
    public ProgrammeDetails ToDetails() => new(
        ReadId(HostEmployerId)!.Value, CollegeName!.Trim(), ReadNumber(AcademicYearStart)!.Value,
        IntakeStartsOn.Parse(IntakeName).Date!.Value, EndsOn.Parse(EndsName).Date!.Value, ReadNumber(CohortSize)!.Value, ReadId(CoachId)!.Value);
}
