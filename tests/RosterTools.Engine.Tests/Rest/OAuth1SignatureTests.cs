using System.Text;
using RosterTools.OneRoster.Rest;
using RosterTools.OneRoster.Rest.Auth;

namespace RosterTools.Tests.Rest;

/// <summary>OAuth 1.0a signing (RFC 5849) against known answers.</summary>
public sealed class OAuth1SignatureTests
{
    private const string PhotosBaseString =
        "GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh"
        + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0%26size%3Doriginal";

    [Fact]
    public void The_base_string_of_the_OAuth_example_request_is_the_published_one()
    {
        var parameters = new Dictionary<string, string>
        {
            ["oauth_consumer_key"] = "dpf43f3p2l4k3l03",
            ["oauth_token"] = "nnch734d00sl2jdk",
            ["oauth_signature_method"] = "HMAC-SHA1",
            ["oauth_timestamp"] = "1191242096",
            ["oauth_nonce"] = "kllo9940pd9333jh",
            ["oauth_version"] = "1.0",
        };

        Assert.Equal(PhotosBaseString, OAuth1Signature.BaseString("GET", new Uri("http://photos.example.net/photos?size=original&file=vacation.jpg"), parameters));
    }

    [Fact]
    public void HMAC_SHA1_gives_the_published_signature()
    {
        // OAuth Core 1.0a, appendix A.5.2 (the signature used throughout RFC 5849's predecessors).
        Assert.Equal("tR3+Ty81lMeYAr/Fid0kMTYa/WM=", OAuth1Signature.Sign(PhotosBaseString, Encoding.UTF8.GetBytes("kd94hf93k423kf44"), "pfkkdhi9sl3r4s00", OAuth1SignatureMethod.HmacSha1));
    }

    [Fact]
    public void HMAC_SHA256_gives_the_signature_an_independent_implementation_gives()
    {
        // Computed with Python's hmac and hashlib on the same base string.
        var baseString = PhotosBaseString.Replace("HMAC-SHA1", "HMAC-SHA256", StringComparison.Ordinal);
        Assert.Equal("WVPzl1j6ZsnkIjWr7e3OZ3jkenL57KwaLFhYsroX1hg=", OAuth1Signature.Sign(baseString, Encoding.UTF8.GetBytes("kd94hf93k423kf44"), "pfkkdhi9sl3r4s00", OAuth1SignatureMethod.HmacSha256));
    }

    [Fact]
    public void A_two_legged_OneRoster_request_with_a_filter_and_an_awkward_secret_signs_as_Python_does()
    {
        var url = new Uri("https://SIS.example.org:443/ims/oneroster/v1p1/users?limit=100&offset=0&filter=dateLastModified%3E%272026-01-01T00%3A00%3A00.000Z%27");
        var parameters = new Dictionary<string, string>
        {
            ["oauth_consumer_key"] = "key",
            ["oauth_nonce"] = "abc",
            ["oauth_signature_method"] = "HMAC-SHA256",
            ["oauth_timestamp"] = "1700000000",
            ["oauth_version"] = "1.0",
        };

        var baseString = OAuth1Signature.BaseString("get", url, parameters);

        Assert.StartsWith("GET&https%3A%2F%2Fsis.example.org%2Fims%2Foneroster%2Fv1p1%2Fusers&filter%3DdateLastModified%253E%2527", baseString);
        Assert.Equal("E7l7hWt58sMsxGlp8uId3+OlPZeD+U7YYjmvmn0aBLg=", OAuth1Signature.Sign(baseString, Encoding.UTF8.GetBytes("p@ss w/ord+ü"), null, OAuth1SignatureMethod.HmacSha256));
    }

    [Theory]
    [InlineData("abc-._~XYZ019", "abc-._~XYZ019")]
    [InlineData("a b", "a%20b")]
    [InlineData("*+!'()", "%2A%2B%21%27%28%29")]
    [InlineData("ü", "%C3%BC")]
    [InlineData("=&%", "%3D%26%25")]
    public void Percent_encoding_leaves_only_unreserved_characters(string text, string encoded)
    {
        Assert.Equal(encoded, OAuth1Signature.Encode(text));
        Assert.Equal(Encoding.ASCII.GetBytes(encoded), OAuth1Signature.EncodeUtf8(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("http://Example.COM:80/a/b?x=1", "http://example.com/a/b")]
    [InlineData("https://example.com:443/", "https://example.com/")]
    [InlineData("http://127.0.0.1:5123/ims/oneroster/v1p1/orgs", "http://127.0.0.1:5123/ims/oneroster/v1p1/orgs")]
    public void The_base_URI_drops_default_ports_and_the_query(string url, string baseUri)
    {
        Assert.Equal(baseUri, OAuth1Signature.BaseUri(new Uri(url)));
    }
}
