using Bogus;
using Employment.Core.Opportunities;
using Employment.Seed.Randomness;

namespace Employment.Seed.Placements;

/// <summary>Why a placement stopped, in the words a coach would record, leaning on the weakest part of the fit.</summary>
internal static class PlacementReasons
{
    private static readonly string[] DeclinedEarly = ["Changed their mind about the job", "Wanted to wait for something else", "Did not feel ready yet"];
    private static readonly string[] DeclinedOffer = ["Decided the job was not for them", "Took another offer", "Family were worried about the job"];
    private static readonly string[] RejectedEarly = ["Another applicant was a better match", "The vacancy was filled", "Employer did not reply"];
    private static readonly string[] RejectedAfterInterview = ["Another candidate was chosen", "Employer wanted more experience", "Did not do well at the working interview"];
    private static readonly string[] LeftOther = ["Moved to another job", "Contract came to an end", "Moved house", "Health reasons", "Employer cut staff hours", "Went back to college", "Found the workplace too busy and noisy"];

    public static string Declined(Randomizer random, FitBreakdown fit, bool afterOffer) =>
        Specific(random, fit) ?? random.Pick(afterOffer ? DeclinedOffer : DeclinedEarly);

    public static string Rejected(Randomizer random, FitBreakdown fit, bool afterInterview) =>
        fit.Support < 0.5 && random.Chance(0.4) ? "Employer could not offer the support needed"
            : random.Pick(afterInterview ? RejectedAfterInterview : RejectedEarly);

    public static string LeftEarly(Randomizer random, FitBreakdown fit) =>
        (fit.Interest < 0.3 && random.Chance(0.5) ? "Did not enjoy the work" : null)
        ?? (fit.Support < 0.5 && random.Chance(0.5) ? "Needed more support than the employer could give" : null)
        ?? Specific(random, fit)
        ?? random.Pick(LeftOther);

    public static string Completed(OpportunityKind kind) => kind switch
    {
        OpportunityKind.SupportedInternship => "Internship finished",
        OpportunityKind.Apprenticeship => "Apprenticeship finished with the qualification",
        OpportunityKind.Traineeship => "Traineeship finished",
        _ => "Finished as planned",
    };

    private static string? Specific(Randomizer random, FitBreakdown fit) =>
        fit.Journey < 0.5 && random.Chance(0.6) ? "The journey was too hard"
            : fit.Hours < 0.6 && random.Chance(0.6) ? "The hours did not suit"
            : null;
}
