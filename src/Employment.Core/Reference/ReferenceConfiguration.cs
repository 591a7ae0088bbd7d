using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Employment.Core.Reference;

internal sealed class LocalAuthorityConfiguration : IEntityTypeConfiguration<LocalAuthority>
{
    public void Configure(EntityTypeBuilder<LocalAuthority> b)
    {
        b.Property(l => l.OnsCode).HasMaxLength(9);
        b.HasIndex(l => l.OnsCode).IsUnique();
        b.Property(l => l.Name).HasMaxLength(200);
        b.Property(l => l.Region).HasMaxLength(100);
    }
}

internal sealed class SocUnitGroupConfiguration : IEntityTypeConfiguration<SocUnitGroup>
{
    public void Configure(EntityTypeBuilder<SocUnitGroup> b)
    {
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(4);
        b.Property(s => s.MinorGroup).HasMaxLength(3);
        b.Property(s => s.SubMajorGroup).HasMaxLength(2);
        b.Property(s => s.MajorGroup).HasMaxLength(1);
    }
}

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> b) => b.HasKey(s => s.Tag);
}

internal sealed class AdjustmentConfiguration : IEntityTypeConfiguration<Adjustment>
{
    public void Configure(EntityTypeBuilder<Adjustment> b) => b.HasKey(a => a.Tag);
}

internal sealed class PostcodeDistrictConfiguration : IEntityTypeConfiguration<PostcodeDistrict>
{
    public void Configure(EntityTypeBuilder<PostcodeDistrict> b)
    {
        b.HasKey(p => p.District);
        b.Property(p => p.District).HasMaxLength(4);
    }
}
