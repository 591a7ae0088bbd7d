namespace Employment.Core.Employers;

/// <summary>A workplace of an employer: where its opportunities are.</summary>
public class EmployerSite
{
    public Guid Id { get; set; }

    public Guid EmployerId { get; set; }
    public Employer? Employer { get; set; }

    public required string Name { get; set; }
    public required string Postcode { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}
