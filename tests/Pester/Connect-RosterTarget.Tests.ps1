#Requires -Version 5.1
# Connect-RosterTarget and Get-RosterDirectory: the local store in a state folder, the session's current target.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $Plans = Join-Path $PSScriptRoot 'data'
}

Describe 'Connect-RosterTarget' {
    It 'returns a local store target and makes it the current one' {
        $state = Join-Path $TestDrive 'state'
        $target = Connect-RosterTarget -Local -StatePath $state
        $target | Get-TypeName | Should -Be 'RosterTools.Targets.RosterTarget'
        $target.Kind | Should -Be 'local'
        $target.StatePath | Should -Be ([System.IO.Path]::GetFullPath($state))
        Test-Path -LiteralPath $state | Should -BeTrue
        @(Get-RosterDirectory).Count | Should -Be 0
    }

    It 'connects to nothing with -WhatIf' {
        $state = Join-Path $TestDrive 'whatif-state'
        Connect-RosterTarget -Local -StatePath $state -WhatIf | Should -BeNullOrEmpty
        Test-Path -LiteralPath $state | Should -BeFalse
    }

    It 'leaves the current target alone with -NoDefault' {
        $current = Connect-RosterTarget -Local -StatePath (Join-Path $TestDrive 'current')
        $other = Connect-RosterTarget -Local -StatePath (Join-Path $TestDrive 'other') -NoDefault
        $null = Invoke-Provision -Plan (Join-Path $Plans 'first-sync.plan.json') -Target $other -Confirm:$false
        @(Get-RosterDirectory -Target $other).Count | Should -Be 2
        @(Get-RosterDirectory).Count | Should -Be 0
        $current | Should -Not -BeNullOrEmpty
    }

    It 'connects to Entra ID with -Entra and its dynamic sign-in parameters' {
        $token = ConvertTo-SecureString 'not-a-real-token' -AsPlainText -Force
        $target = Connect-RosterTarget -Entra -AccessToken $token -UsageLocation US -StatePath (Join-Path $TestDrive 'entra') -NoDefault
        $target.Kind | Should -Be 'entra'
        $target.Description | Should -Match 'access token'
        $target.Description | Should -Not -Match 'not-a-real-token'
    }

    It 'connects to Active Directory and reads accounts through Get-ADUser in this session' {
        # A global stand-in for the ActiveDirectory module's Get-ADUser: the target runs it in a nested pipeline.
        function global:Get-ADUser {
            param([string] $Filter, [string[]] $Properties, [string] $SearchBase, [string] $Server, $Credential)
            $global:AdSearchBase = $SearchBase
            [pscustomobject]@{
                ObjectGUID = [guid]'5f0c4a59-7f0e-4b8e-9c1f-0c1d2e3f4a5b'; SamAccountName = 'mgarcia2036'; UserPrincipalName = 'mgarcia2036@district.org'
                GivenName = 'Maria'; Surname = 'Garcia'; DisplayName = 'Maria Garcia'; Enabled = $true; employeeID = 'u1'
                DistinguishedName = 'CN=Maria Garcia,OU=Grade 03,OU=LIN,DC=district,DC=org'; MemberOf = @('CN=LIN-students,OU=Groups,DC=district,DC=org')
            }
        }
        try {
            $target = Connect-RosterTarget -ActiveDirectory -SearchBase 'DC=district,DC=org' -StatePath (Join-Path $TestDrive 'ad') -NoDefault
            $target.Kind | Should -Be 'activedirectory'
            $accounts = @(Get-RosterDirectory -Target $target)
            $accounts.Count | Should -Be 1
            $accounts[0].Anchor | Should -Be 'u1'
            $accounts[0].Groups | Should -Contain 'LIN-students'
            $global:AdSearchBase | Should -Be 'DC=district,DC=org'
        }
        finally {
            Remove-Item function:\Get-ADUser -ErrorAction SilentlyContinue
        }
    }

    It 'has no Entra parameters without -Entra' {
        { Connect-RosterTarget -Local -StatePath (Join-Path $TestDrive 'plain') -ManagedIdentity -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Get-RosterDirectory' {
    BeforeAll {
        $null = Connect-RosterTarget -Local -StatePath (Join-Path $TestDrive 'directory')
        $null = Invoke-Provision -Plan (Join-Path $Plans 'first-sync.plan.json') -Confirm:$false
    }

    It 'returns the accounts with their groups and licences' {
        $accounts = @(Get-RosterDirectory)
        $accounts.Count | Should -Be 2
        $accounts[0] | Get-TypeName | Should -Be 'RosterTools.Targets.DirectoryAccount'
        $jdoe = $accounts | Where-Object Username -eq 'jdoe'
        $jdoe.Anchor | Should -Be 'E1'
        @($jdoe.Groups) | Should -Be @('RHS-students')
        @($jdoe.Licenses) | Should -Be @('STUDENT_A1')
    }

    It 'filters by name with wildcards' {
        @(Get-RosterDirectory -Name 'as*').Username | Should -Be @('asmith')
        @(Get-RosterDirectory -Name 'E1').Username | Should -Be @('jdoe')
    }
}
