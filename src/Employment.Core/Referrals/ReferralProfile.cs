using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Core.Referrals;

/// <summary>A new person's answers from a referral: who they are and what they want; the rest of the careers profile is the coach's to ask.</summary>
public static class ReferralProfile
{
    /// <summary>Until the coach asks, the person is taken to travel by public transport for up to 45 minutes, for up to 16 hours a week.</summary>
    public static ProfileAnswers Answers(Referral referral, PostcodeLocation place) => new()
    {
        FirstName = referral.FirstName,
        LastName = referral.LastName,
        DateOfBirth = referral.DateOfBirth,
        HomePostcode = place.Postcode,
        HomeLatitude = place.Latitude,
        HomeLongitude = place.Longitude,
        LocalAuthorityId = referral.LocalAuthorityId,
        HasEhcPlan = referral.HasEhcPlan ?? false,
        Aspirations = referral.WhatTheyWant,
        TravelMode = TravelMode.PublicTransport,
        TravelMaxMinutes = 45,
        TravelTrainingNeeded = false,
        HoursMin = 0,
        HoursMax = 16,
        Answered = ["about", "aspirations"],
    };
}
