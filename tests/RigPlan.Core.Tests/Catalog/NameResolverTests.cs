using RigPlan.Core.Catalog;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Catalog;

public class NameResolverTests
{
    private static readonly NameResolver<Part> Resolver = new(Repo.Catalog.AllParts.Where(p => p.Kind != PartKind.GpuBoard));

    [Theory]
    [InlineData("rtx-3090", "rtx-3090")]
    [InlineData("RTX-3090", "rtx-3090")]
    [InlineData("RTX 3090", "rtx-3090")]
    [InlineData("3090", "rtx-3090")]
    [InlineData("GeForce RTX 3090", "rtx-3090")]
    [InlineData("nvidia geforce rtx 3090", "rtx-3090")]
    [InlineData("3090 Ti", "rtx-3090-ti")]
    [InlineData("A100 80GB SXM", "a100-sxm4-80gb")]
    [InlineData("a100 sxm 80gb", "a100-sxm4-80gb")]
    [InlineData("EPYC 7502", "epyc-7502")]
    [InlineData("epyc7502", "epyc-7502")]
    [InlineData("ROMED8-2T", "romed8-2t")]
    [InlineData("romed8 2t", "romed8-2t")]
    [InlineData("A6000", "rtx-a6000")]
    [InlineData("MI300X", "instinct-mi300x")]
    public void Resolve_AsAPersonWritesIt_FindsThePart(string query, string id)
    {
        var found = Resolver.Resolve(query);
        Assert.True(found.Found, found.Message);
        Assert.Equal(id, found.Part!.Id);
    }

    [Theory]
    [InlineData("A100")]
    [InlineData("H100")]
    public void Resolve_Ambiguous_ListsTheCandidates(string query)
    {
        var found = Resolver.Resolve(query);
        Assert.False(found.Found);
        Assert.True(found.Candidates.Length >= 2);
        Assert.Contains("ambiguous", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Unknown_SuggestsTheNearest()
    {
        var found = Resolver.Resolve("RTX 3095");
        Assert.False(found.Found);
        Assert.Empty(found.Candidates);
        Assert.Contains(found.Suggestions, p => p.Id.StartsWith("rtx-309", StringComparison.Ordinal));
        Assert.Contains("did you mean", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Nonsense_SaysNothingMatches()
    {
        var found = Resolver.Resolve("zzzzqqqq unicorn");
        Assert.False(found.Found);
        Assert.Contains("matches no part", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_SplitLettersFromDigitsAndDropFiller() =>
        Assert.Equal(["rtx", "3090", "ti"], NameMatching.Tokens("NVIDIA GeForce RTX3090-Ti").ToArray());
}
