namespace Tradewatch.News.Claims;

/// <summary>What a stretch of text refers to: a person (by full name), an economy, or a pronoun.</summary>
internal enum MentionKind
{
    Person,
    Economy,
    Pronoun,
}

/// <summary>A reference in the text; <see cref="Value"/> is a full name, an ISO code, or the pronoun.</summary>
internal readonly record struct Mention(ClaimSpan Span, MentionKind Kind, string Value);

/// <summary>A person found in a document with every role the document gives them.</summary>
internal sealed class PersonRecord(string name)
{
    public string Name { get; set; } = name;

    public List<(string Role, ClaimSpan Span)> Roles { get; } = [];

    public string? Economy { get; set; }

    public void AddRole(string role, ClaimSpan span, string? economy)
    {
        role = role.Trim().TrimEnd(',', '.', ';', ':').Trim();
        if (role.Length > 0 && !Roles.Exists(r => string.Equals(r.Role, role, StringComparison.OrdinalIgnoreCase)))
        {
            Roles.Add((role, span));
        }

        Economy ??= economy;
    }
}
