namespace Employment.Core.JobSeekers;

public enum TravelMode
{
    Walk,
    PublicTransport,
    Lift,
}
