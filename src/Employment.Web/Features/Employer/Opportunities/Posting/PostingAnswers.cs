using System.Text.Json;
using Employment.Core.Opportunities;
using Employment.Web.Infrastructure.GovUk;

namespace Employment.Web.Features.Employer.Opportunities.Posting;

/// <summary>
/// The answers of a draft as they were typed (numbers kept as text, like <see cref="OpportunityForm"/>), and which pages
/// have been answered. Stored as the draft's JSON; read into an <see cref="OpportunityForm"/> to be checked and posted.
/// </summary>
public sealed class PostingAnswers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public OpportunityKind? Kind { get; set; }
    public string? Title { get; set; }
    public string? SocCode { get; set; }
    public string? Description { get; set; }
    public string? HoursPerWeek { get; set; }
    public bool? InternPaid { get; set; }
    public PayBand? PayBand { get; set; }
    public string? HourlyPay { get; set; }
    public Guid? SiteId { get; set; }
    public List<string> Skills { get; set; } = [];
    public List<string> Adjustments { get; set; } = [];
    public bool? InterviewGuaranteed { get; set; }
    public string? ClosesOnDay { get; set; }
    public string? ClosesOnMonth { get; set; }
    public string? ClosesOnYear { get; set; }
    public string? InternshipLengthMonths { get; set; }
    public string? StudyProgrammePartner { get; set; }

    /// <summary>The slugs of the pages answered.</summary>
    public HashSet<string> Answered { get; set; } = [];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A draft's answers; unreadable JSON (which only a hand edit could make) reads as no answers.</summary>
    public static PostingAnswers FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PostingAnswers>(json, Json) ?? new();
        }
        catch (JsonException)
        {
            return new();
        }
    }

    /// <summary>Takes the answer to one page from what the page sent.</summary>
    public void Take(PostingStep step, OpportunityForm sent)
    {
        switch (step.Slug)
        {
            case PostingSteps.Kind: Kind = sent.Kind; break;
            case "title": Title = sent.Title; break;
            case "occupation": SocCode = sent.SocCode; break;
            case "description": Description = sent.Description; break;
            case "hours": HoursPerWeek = sent.HoursPerWeek; break;
            case PostingSteps.InternPaid: InternPaid = sent.InternPaid; break;
            case PostingSteps.PayBand: PayBand = sent.PayBand; break;
            case PostingSteps.Pay: HourlyPay = sent.HourlyPay; break;
            case "site": SiteId = sent.SiteId; break;
            case "skills": Skills = [.. sent.Skills]; break;
            case "adjustments": Adjustments = [.. sent.Adjustments]; break;
            case "interview": InterviewGuaranteed = sent.InterviewGuaranteed; break;
            case "closing-date": (ClosesOnDay, ClosesOnMonth, ClosesOnYear) = (sent.ClosesOn.Day, sent.ClosesOn.Month, sent.ClosesOn.Year); break;
            case "internship-length": InternshipLengthMonths = sent.InternshipLengthMonths; break;
            case "study-partner": StudyProgrammePartner = sent.StudyProgrammePartner; break;
        }
        Answered.Add(step.Slug);
    }

    /// <summary>
    /// The answers as the one-page form would hold them, leaving out the answers to pages this kind is not asked (pay kept
    /// from before the kind was changed to volunteering, say), so they are neither checked nor posted.
    /// </summary>
    public OpportunityForm ToForm()
    {
        var asked = PostingSteps.For(this).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var paid = asked.Contains(PostingSteps.Pay);
        var internship = asked.Contains("internship-length");
        return new OpportunityForm
        {
            Kind = Kind,
            Title = Title,
            SocCode = SocCode,
            Description = Description,
            HoursPerWeek = HoursPerWeek,
            InternPaid = internship ? InternPaid : null,
            PayBand = paid ? PayBand : null,
            HourlyPay = paid ? HourlyPay : null,
            SiteId = SiteId,
            Skills = [.. Skills],
            Adjustments = [.. Adjustments],
            InterviewGuaranteed = InterviewGuaranteed,
            ClosesOn = new DateParts { Day = ClosesOnDay, Month = ClosesOnMonth, Year = ClosesOnYear },
            InternshipLengthMonths = internship ? InternshipLengthMonths : null,
            StudyProgrammePartner = internship ? StudyProgrammePartner : null,
        };
    }
}
