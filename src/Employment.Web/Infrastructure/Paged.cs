using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Infrastructure;

/// <summary>One page of a long list, with what the pagination links need.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

public static class PagedQuery
{
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, int page, int pageSize)
    {
        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        return new Paged<T>(items, page, pageSize, total);
    }
}
