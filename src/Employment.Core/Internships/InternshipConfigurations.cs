using Employment.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Internships;

internal sealed class CollegeConfiguration : IEntityTypeConfiguration<College>
{
    public void Configure(EntityTypeBuilder<College> b)
    {
        b.Property(c => c.Name).HasMaxLength(InternshipProgrammeService.MostNameLength);
        b.Property(c => c.NameKey).HasMaxLength(InternshipProgrammeService.MostNameLength);
        // One college per name, whatever its capitals: two coaches typing the same new college make one.
        b.HasIndex(c => c.NameKey).IsUnique();
    }
}

internal sealed class InternshipProgrammeConfiguration : IEntityTypeConfiguration<InternshipProgramme>
{
    public void Configure(EntityTypeBuilder<InternshipProgramme> b)
    {
        b.HasOne(p => p.HostEmployer).WithMany().HasForeignKey(p => p.HostEmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.College).WithMany().HasForeignKey(p => p.CollegeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Coach).WithMany().HasForeignKey(p => p.CoachId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Version).IsRowVersion();
        b.Ignore(p => p.AcademicYear);
        b.HasIndex(p => p.CollegeId);
        b.HasIndex(p => p.CoachId);
    }
}

internal sealed class InternConfiguration : IEntityTypeConfiguration<Intern>
{
    public void Configure(EntityTypeBuilder<Intern> b)
    {
        b.HasOne(i => i.Programme).WithMany(p => p.Interns).HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(i => i.JobSeeker).WithMany().HasForeignKey(i => i.JobSeekerId).OnDelete(DeleteBehavior.Cascade);
        // A person holds one place on a programme: two coaches adding them at once make one intern.
        b.HasIndex(i => new { i.ProgrammeId, i.JobSeekerId }).IsUnique();
        b.HasIndex(i => i.JobSeekerId);
    }
}

internal sealed class InternRotationConfiguration : IEntityTypeConfiguration<InternRotation>
{
    public void Configure(EntityTypeBuilder<InternRotation> b)
    {
        b.HasOne(r => r.Intern).WithMany(i => i.Rotations).HasForeignKey(r => r.InternId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Department).HasMaxLength(InternshipProgrammeService.MostNameLength);
        b.Property(r => r.Tasks).HasMaxLength(InternshipProgrammeService.MostTextLength);
        b.HasIndex(r => new { r.InternId, r.StartsOn });
    }
}

internal sealed class InternNoteConfiguration : IEntityTypeConfiguration<InternNote>
{
    public void Configure(EntityTypeBuilder<InternNote> b)
    {
        b.HasOne(n => n.Intern).WithMany(i => i.Notes).HasForeignKey(n => n.InternId).OnDelete(DeleteBehavior.Cascade);
        b.Property(n => n.Kind).HasConversion<SnakeCaseEnumConverter<InternNoteKind>>().HasMaxLength(32);
        b.Property(n => n.Text).HasMaxLength(InternshipProgrammeService.MostTextLength);
        b.HasIndex(n => new { n.InternId, n.OccurredOn });
    }
}
