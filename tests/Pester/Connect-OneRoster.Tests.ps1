#Requires -Version 5.1
# Connect-OneRoster, and the -Connection parameter sets of Import-OneRoster and Test-OneRoster.
# These tests check arguments, validation and the safety of the secret only: they send nothing over the network
# (-SkipCheck, -WhatIf, or settings refused before anything is sent). Reading from a provider is tested end to end
# by the xunit tests (tests/RosterTools.Engine.Tests/Rest, tests/RosterTools.Cli.Tests/ApiTests.cs) against a
# loopback provider, which is not available to PowerShell here.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $CmdletType = 'RosterTools.Commands.ConnectOneRosterCommand'
    $Secret = 'Pester-s3cret-' + [guid]::NewGuid().ToString('N')
    $Credential = New-Object System.Management.Automation.PSCredential('pester-client', (ConvertTo-SecureString -String $Secret -AsPlainText -Force))
    $Oauth2 = @{ Url = 'https://sis.example.org'; TokenUrl = 'https://sis.example.org/oauth/token'; Credential = $Credential; SkipCheck = $true }
}

Describe 'Connect-OneRoster' {
    Context 'a connection made without checking it' {
        It 'outputs a OneRosterConnection to the 1.2 rostering service by default' {
            $connection = Connect-OneRoster @Oauth2
            $connection | Get-TypeName | Should -Be 'RosterTools.OneRoster.Rest.OneRosterConnection'
            $connection.ServiceUrl.ToString() | Should -Be 'https://sis.example.org/ims/oneroster/rostering/v1p2'
            $connection.Version.ToString() | Should -Be 'V1_2'
            $connection.ClientId | Should -Be 'pester-client'
            $connection.AuthenticationDescription | Should -Be 'OAuth 2 client credentials'
            $connection.TokenUrl.ToString() | Should -Be 'https://sis.example.org/oauth/token'
        }

        It 'adds the 1.1 base path for -Version 1.1, and keeps a service URL that has it' {
            (Connect-OneRoster @Oauth2 -Version 1.1).ServiceUrl.ToString() | Should -Be 'https://sis.example.org/ims/oneroster/v1p1'
            $given = Connect-OneRoster -Url 'https://sis.example.org/district/ims/oneroster/v1p1/' -Version 1.1 -OAuth1 -Credential $Credential -SkipCheck
            $given.ServiceUrl.ToString() | Should -Be 'https://sis.example.org/district/ims/oneroster/v1p1'
        }

        It 'signs with OAuth 1.0a when asked, HMAC-SHA256 unless told otherwise' {
            (Connect-OneRoster -Url 'https://sis.example.org' -OAuth1 -Credential $Credential -SkipCheck).AuthenticationDescription | Should -Be 'OAuth 1.0a (HMAC-SHA256)'
            $sha1 = Connect-OneRoster -Url 'https://sis.example.org' -OAuth1 -SignatureMethod HMAC-SHA1 -Credential $Credential -SkipCheck
            $sha1.AuthenticationDescription | Should -Be 'OAuth 1.0a (HMAC-SHA1)'
            $sha1.TokenUrl | Should -BeNullOrEmpty
        }

        It 'keeps the scopes, the page size and the concurrency it was given' {
            $connection = Connect-OneRoster @Oauth2 -Scope 'https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly' -PageSize 250 -MaxConcurrentRequests 4
            @($connection.Scopes) | Should -Be @('https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly')
            $connection.PageSize | Should -Be 250
            $connection.MaxConcurrentRequests | Should -Be 4
        }

        It 'never shows the secret: not in its properties, its views or its string' {
            $connection = Connect-OneRoster @Oauth2
            ($connection | Format-Table | Out-String) | Should -Not -Match $Secret
            ($connection | Format-List * | Out-String) | Should -Not -Match $Secret
            ($connection | ConvertTo-Json -Depth 3 -WarningAction SilentlyContinue) | Should -Not -Match $Secret
            $connection.ToString() | Should -Not -Match $Secret
            @($connection.PSObject.Properties | Where-Object { $_.Name -like '*Secret*' -or $_.Name -like '*Password*' }).Count | Should -Be 0
        }

        It 'shows version, service URL, authentication and client id in its table view' {
            $text = Connect-OneRoster @Oauth2 | Format-Table | Out-String -Width 200
            $text | Should -Match 'ServiceUrl'
            $text | Should -Match 'OAuth 2 client credentials'
            $text | Should -Match 'pester-client'
            $text | Should -Match '1\.2'
        }
    }

    Context '-WhatIf' {
        It 'says what it would connect to, and outputs nothing' {
            $output = Connect-OneRoster -Url 'https://sis.example.org' -TokenUrl 'https://sis.example.org/oauth/token' -Credential $Credential -WhatIf
            $output | Should -BeNullOrEmpty
        }
    }

    Context 'settings that cannot work' {
        It 'refuses a plain http URL to another computer with RosterConnectionInvalid, before sending anything' {
            { Connect-OneRoster -Url 'http://sis.example.org' -TokenUrl 'https://sis.example.org/oauth/token' -Credential $Credential -SkipCheck -ErrorAction Stop } |
                Should -Throw -ErrorId "RosterConnectionInvalid,$CmdletType"
        }

        It 'refuses a URL that is not absolute' {
            { Connect-OneRoster -Url 'sis.example.org' -TokenUrl 'https://sis.example.org/oauth/token' -Credential $Credential -SkipCheck -ErrorAction Stop } |
                Should -Throw -ErrorId "RosterConnectionInvalid,$CmdletType"
        }

        It 'takes only versions 1.1 and 1.2' {
            { Connect-OneRoster @Oauth2 -Version '1.3' } | Should -Throw -ErrorId "ParameterArgumentValidationError,$CmdletType"
        }

        It 'needs a token URL for OAuth 2, and takes none with -OAuth1' {
            (Get-Command Connect-OneRoster).Parameters['TokenUrl'].ParameterSets['OAuth2'].IsMandatory | Should -BeTrue
            (Get-Command Connect-OneRoster).Parameters['TokenUrl'].ParameterSets.Keys | Should -Not -Contain 'OAuth1'
        }

        It 'never puts the secret in an error' {
            $caught = $null
            try {
                $null = Connect-OneRoster -Url 'http://sis.example.org' -TokenUrl 'https://sis.example.org/oauth/token' -Credential $Credential -SkipCheck -ErrorAction Stop
            }
            catch {
                $caught = $_
            }

            $caught | Should -Not -BeNullOrEmpty
            ($caught | Out-String) | Should -Not -Match $Secret
            $caught.Exception.ToString() | Should -Not -Match $Secret
        }
    }
}

Describe 'The -Connection parameter sets' {
    It 'Import-OneRoster takes a connection from the pipeline, with -Since and -IncludeDemographics' {
        $parameters = (Get-Command Import-OneRoster).Parameters
        $parameters['Connection'].ParameterSets['Connection'].ValueFromPipeline | Should -BeTrue
        $parameters['Connection'].ParameterType.FullName | Should -Be 'RosterTools.OneRoster.Rest.OneRosterConnection'
        $parameters['Since'].ParameterSets.Keys | Should -Be @('Connection')
        $parameters['IncludeDemographics'].ParameterSets.Keys | Should -Be @('Connection')
        $parameters['Entity'].ParameterSets.Keys | Should -Contain '__AllParameterSets'
    }

    It 'Test-OneRoster takes a connection from the pipeline' {
        $parameters = (Get-Command Test-OneRoster).Parameters
        $parameters['Connection'].ParameterSets['Connection'].ValueFromPipeline | Should -BeTrue
        $parameters['Since'].ParameterSets.Keys | Should -Be @('Connection')
    }
}
