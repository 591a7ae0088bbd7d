using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Employment.Core.Audit;
using Employment.Core.Data;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.EhcPlans.Review;

/// <summary>
/// The careers part for a person's EHC plan annual review: a Word document in plain English with their hopes, the jobs
/// they are interested in, skills, support at work, and what they have tried and what happened. Audited as an export.
/// </summary>
public sealed class CareersReviewDocument(EmploymentDbContext db, AuditLog audit, TimeProvider clock)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<byte[]?> WriteAsync(Guid personId, Guid userId)
    {
        var person = await db.JobSeekers.AsNoTracking()
            .Include(j => j.Placements).ThenInclude(p => p.Events)
            .Include(j => j.Placements).ThenInclude(p => p.Opportunity).ThenInclude(o => o!.Employer)
            .AsSplitQuery()
            .FirstOrDefaultAsync(j => j.Id == personId && j.ErasedAt == null);
        if (person is null)
        {
            return null;
        }
        var jobs = await db.SocUnitGroups.AsNoTracking().Where(s => person.Interests.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Title);
        var skills = await db.Skills.AsNoTracking().Where(s => person.Skills.Contains(s.Tag)).ToDictionaryAsync(s => s.Tag, s => s.Label);
        var needs = await db.Adjustments.AsNoTracking().Where(s => person.SupportNeeds.Contains(s.Tag)).ToDictionaryAsync(s => s.Tag, s => s.Label);

        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            word.AddMainDocumentPart().Document = new Document(body);
            void Heading(string text, int size) => body.Append(new Paragraph(new Run(new RunProperties(new Bold(), new FontSize { Val = (size * 2).ToString(CultureInfo.InvariantCulture) }), new DocumentFormat.OpenXml.Wordprocessing.Text(text))));
            void Say(string text) => body.Append(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
            void List(IEnumerable<string> items, string none)
            {
                var any = false;
                foreach (var item in items)
                {
                    Say("• " + item);
                    any = true;
                }
                if (!any)
                {
                    Say(none);
                }
            }

            Heading($"Careers: {person.DisplayName}", 16);
            Say($"For the EHC plan annual review{(person.EhcNextReviewOn is { } review ? $" on {review.ToString("d MMMM yyyy", English)}" : "")}. Written on {DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("d MMMM yyyy", English)}.");
            Heading("What they hope for in work", 13);
            Say(string.IsNullOrWhiteSpace(person.Aspirations) ? "Not written down yet." : person.Aspirations);
            Heading("Jobs they are interested in", 13);
            List(person.Interests.Select(c => jobs.GetValueOrDefault(c, c)), "None chosen yet.");
            Heading("What they are good at", 13);
            List(person.Skills.Select(s => skills.GetValueOrDefault(s, s)), "None recorded yet.");
            Heading("Support they need at work", 13);
            List(person.SupportNeeds.Select(s => needs.GetValueOrDefault(s, s)), "None recorded.");
            Heading("What they have tried and what happened", 13);
            List(person.Placements.OrderBy(p => p.CreatedAt).Select(Tried), "Nothing yet: no jobs, placements, work experience or volunteering recorded.");
            word.MainDocumentPart!.Document.Save();
        }
        await audit.RecordAsync(personId, userId, AuditLog.Exported, "Careers part for the EHC plan annual review (Word)");
        return stream.ToArray();
    }

    private static string Tried(Placement placement)
    {
        var what = placement.Opportunity!.Kind switch
        {
            OpportunityKind.PaidJob => "A paid job",
            OpportunityKind.SupportedInternship => "A supported internship",
            OpportunityKind.Apprenticeship => "An apprenticeship",
            OpportunityKind.Traineeship => "A traineeship",
            OpportunityKind.WorkExperience => "Work experience",
            OpportunityKind.Volunteering => "Volunteering",
            _ => "An opportunity",
        };
        var events = placement.Events.OrderBy(e => e.OccurredOn).ToList();
        string On(PlacementEventType type) => events.LastOrDefault(e => e.Type == type)?.OccurredOn.ToString("d MMMM yyyy", English) is { } day ? $" on {day}" : "";
        var ended = events.LastOrDefault(e => e.Type == PlacementEventType.Ended);
        var happened = placement.Stage switch
        {
            PlacementEventType.Introduced => "they were put forward for it",
            PlacementEventType.Declined => "they decided it was not for them",
            PlacementEventType.Rejected => "the employer did not take it further",
            PlacementEventType.Interviewed => $"they had an interview{On(PlacementEventType.Interviewed)}",
            PlacementEventType.Offered => $"they were offered it{On(PlacementEventType.Offered)}",
            PlacementEventType.Started => $"they started{On(PlacementEventType.Started)} and are still there",
            PlacementEventType.Ended => $"they started{On(PlacementEventType.Started)} and it ended{On(PlacementEventType.Ended)}{(ended?.Reason is { Length: > 0 } reason ? $": {reason}" : "")}",
            _ => "it is in progress",
        };
        return $"{what}: {placement.Opportunity.Title} at {placement.Opportunity.Employer!.Name}. What happened: {happened}.";
    }
}
