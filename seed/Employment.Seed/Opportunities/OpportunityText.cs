using System.Globalization;
using System.Text;
using Employment.Core.Opportunities;
using Employment.Seed.Occupations;
using Employment.Seed.Reference;

namespace Employment.Seed.Opportunities;

/// <summary>Titles and easy-read descriptions for vacancies.</summary>
internal static class OpportunityText
{
    public static string Title(OpportunityKind kind, DemoOccupation occupation) => kind switch
    {
        OpportunityKind.SupportedInternship => $"Supported internship: {Lower(occupation.Title)}",
        OpportunityKind.Apprenticeship => $"Apprentice {Lower(occupation.Title)}",
        OpportunityKind.Traineeship => $"Trainee {Lower(occupation.Title)}",
        OpportunityKind.WorkExperience => $"Work experience: {Lower(occupation.Title)}",
        OpportunityKind.Volunteering => $"Volunteer {Lower(occupation.Title)}",
        _ => occupation.Title,
    };

    public static string Description(Opportunity opportunity, DemoOccupation occupation, string employerName, DemoReference reference)
    {
        var hours = opportunity.HoursPerWeek.ToString("0.#", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(occupation.Duties).Append(' ');
        text.Append(opportunity.Kind switch
        {
            OpportunityKind.PaidJob => $"This is a paid job at {employerName} for {hours} hours a week. The pay is £{opportunity.HourlyPay:0.00} an hour.",
            OpportunityKind.Apprenticeship => $"This is an apprenticeship at {employerName}. You are paid £{opportunity.HourlyPay:0.00} an hour while you learn, for {hours} hours a week, and you get a qualification.",
            OpportunityKind.Traineeship => $"This traineeship at {employerName} helps you get ready for work. It is {hours} hours a week and is unpaid.",
            OpportunityKind.SupportedInternship => $"This supported internship is for young people aged 16 to 24 with an EHC plan. It lasts {opportunity.InternshipLengthMonths} months, {hours} hours a week. You spend most of the week at {employerName} and some time learning with {opportunity.StudyProgrammePartner}. A job coach helps you, more at the start. The aim is a paid job at the end.",
            OpportunityKind.WorkExperience => $"This is unpaid work experience at {employerName} for {hours} hours a week. It is a good way to try out the job.",
            _ => $"This is a volunteering role at {employerName} for about {hours} hours a week. It is not paid, but it is a good way to build confidence and meet people.",
        });
        if (opportunity.AdjustmentsOffered.Count > 0)
        {
            text.Append(" We can offer: ")
                .Append(string.Join(", ", opportunity.AdjustmentsOffered.Select(t => Lower(reference.AdjustmentLabels[t]))))
                .Append('.');
        }
        if (opportunity.InterviewGuaranteed)
        {
            text.Append(" If you are disabled and can do the main parts of the job, we will offer you an interview.");
        }
        return text.ToString();
    }

    // Keeps acronyms such as "EHC" or "BSL" as they are.
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
