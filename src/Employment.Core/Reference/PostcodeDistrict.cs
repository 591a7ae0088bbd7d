namespace Employment.Core.Reference;

/// <summary>The outward part of a UK postcode (e.g. LE1) and its centroid.</summary>
public class PostcodeDistrict
{
    public required string District { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}
