namespace Employment.Matching.Labels;

/// <summary>A (person, opportunity) pair with a placement history: its grade and the day it was first proposed.</summary>
public sealed record LabelledPair(string CandidateId, string VacancyId, int Grade, DateOnly ProposedOn);
