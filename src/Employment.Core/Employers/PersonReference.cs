using Employment.Core.JobSeekers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Employers;

/// <summary>
/// The short reference an employer uses for a person instead of a name ("P-K7M3QD"): given the first time the person is
/// shown to an employer, never changed, unique (the database says so), and meaningless outside this service.
/// </summary>
public class PersonReference
{
    public Guid JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    public required string Code { get; set; }
}

internal sealed class PersonReferenceConfiguration : IEntityTypeConfiguration<PersonReference>
{
    public void Configure(EntityTypeBuilder<PersonReference> b)
    {
        b.ToTable("person_references");
        b.HasKey(r => r.JobSeekerId);
        b.HasOne(r => r.JobSeeker).WithOne().HasForeignKey<PersonReference>(r => r.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Code).HasMaxLength(PersonReferences.CodeLength);
        b.HasIndex(r => r.Code).IsUnique();
    }
}
