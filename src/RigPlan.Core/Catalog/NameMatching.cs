using System.Collections.Immutable;
using System.Text;

namespace RigPlan.Core.Catalog;

/// <summary>How part names are compared: case, punctuation and filler words ("NVIDIA", "GeForce") do not matter.</summary>
public static class NameMatching
{
    // Words that people add or drop freely; they never tell two parts apart.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "nvidia", "geforce", "amd", "intel", "the", "graphics", "card", "gpu" };

    /// <summary>Splits a name into comparable tokens: lower case, split at punctuation and at letter/digit boundaries.</summary>
    public static ImmutableArray<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        var lastWasDigit = false;
        foreach (var c in text.ToLowerInvariant())
        {
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            var isDigit = char.IsDigit(c);
            if (current.Length > 0 && isDigit != lastWasDigit)
            {
                Flush();
            }

            current.Append(c);
            lastWasDigit = isDigit;
        }

        Flush();
        return tokens.ToImmutable();

        void Flush()
        {
            if (current.Length > 0)
            {
                var token = current.ToString();
                if (!Filler.Contains(token))
                {
                    tokens.Add(token);
                }

                current.Clear();
            }
        }
    }

    /// <summary>The comparable form of a name: its tokens joined.</summary>
    public static string Key(string text) => string.Concat(Tokens(text));

    /// <summary>Edit distance between two strings.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>The candidate closest to <paramref name="text"/>, or null when none is close.</summary>
    public static string? Nearest(string text, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(text.ToLowerInvariant(), c.ToLowerInvariant())))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, text.Length / 3) ? best.Candidate : null;
    }
}
