namespace Employment.Core.Interchange;

internal sealed record CandidateRow(
    int Line,
    string Id,
    DateOnly DateOfBirth,
    int LocalAuthorityId,
    double Latitude,
    double Longitude,
    bool HasEhcPlan,
    string? Aspirations,
    string[] Interests,
    string[] Skills,
    string[] SupportNeeds,
    string TravelMode,
    int TravelMaxMinutes,
    decimal HoursMin,
    decimal HoursMax,
    string[] PreferredKinds,
    bool ConsentToShare,
    DateOnly? JoinedOn = null,
    bool LongTermSupportForLearningDisability = false);
